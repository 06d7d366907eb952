#!/usr/bin/env python3
"""Standardization matters: trained with Keras 3, as Flowgrad trains it.

Exported by `flowgrad export --to keras` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and
optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch
order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of `flowgrad run` (run.json).

    python3 train.py                     # on every device found: DataParallel shares each minibatch among them
    KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch
    python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead

Needs numpy and keras >= 3 with one of its backends.

Not exported, having no counterpart here: curves (plot/training-curves), stats-table (plot/table).
"""


import argparse
import collections
import json
import os

import numpy as np
import keras
from keras import ops


HERE = os.path.dirname(os.path.abspath(__file__))
INITIAL_WEIGHTS = np.load(os.path.join(HERE, "initial_weights.npz"))  # "trainer/layer/weight", Keras' layout
BATCHES = np.load(os.path.join(HERE, "minibatches.npz"))  # per trainer: epochs × the rows visited, in order
SAVE_TRAINED_WEIGHTS = False  # also write trained_weights.npz (flowgrad export --weights trained)


# --- Data --------------------------------------------------------------------------------------------


Data = collections.namedtuple("Data", "x y")  # features (rows × features) and targets (rows × targets), float32


def read_csv(name, targets):
    """A data file shipped beside this script: a header, the feature columns, then `targets` target columns."""
    table = np.loadtxt(os.path.join(HERE, name), delimiter=",", skiprows=1, ndmin=2, dtype=np.float64)
    return Data(table[:, :-targets].astype(np.float32), table[:, -targets:].astype(np.float32))


def take_rows(data, rows):
    """The rows a Shuffle or Split node picked: stored in data/rows.npz, as Flowgrad's generator drew them."""
    return Data(data.x[rows], data.y[rows])


def one_hot(data, classes):
    """Class indices become one row per sample with a 1 in its class's column (keras.utils.to_categorical)."""
    return Data(data.x, np.eye(classes, dtype=np.float32)[data.y[:, 0].astype(np.int64)])


def standardize(data):
    """Centres each feature on 0 and scales it to unit population standard deviation; a constant feature is only centred."""
    x = data.x.astype(np.float64)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1
    return Data(((x - mean) / std).astype(np.float32), data.y)


def select_features(data, columns):
    """Keeps the listed feature columns, in that order."""
    return Data(data.x[:, columns], data.y)


def minibatches(trainer, epoch):
    """One epoch's minibatches in Flowgrad's order: consecutive slices of the rows it visited (minibatches.npz)."""
    order = BATCHES[trainer.name][epoch]
    return [order[i:i + trainer.batch_size] for i in range(0, len(order), trainer.batch_size)]


def fresh_minibatches(trainer, rows, rng):
    """With --fresh, NumPy draws the minibatches: a new order each epoch, with replacement, or in order."""
    size = trainer.batch_size
    if trainer.sampling == "replacement":
        return [rng.integers(rows, size=size) for _ in range(max(1, rows // size))]
    order = rng.permutation(rows) if trainer.sampling == "shuffle" else np.arange(rows)
    return [order[i:i + size] for i in range(0, rows, size)]


# --- Losses, accuracy and penalties (Keras' own) -----------------------------------------------------


class LogisticLoss(keras.losses.Loss):
    """The chapter's logistic loss for labels ±1 and raw scores s: log(1 + exp(−y·s))."""

    def call(self, y_true, y_pred):
        return ops.softplus(-y_true * y_pred)


def make_loss(kind, reduction, from_logits):
    """Keras' loss, reduced over the batch as Flowgrad's: its mean ("sum_over_batch_size") or its sum."""
    reduction = "sum" if reduction == "sum" else "sum_over_batch_size"
    if kind == "mse":
        return keras.losses.MeanSquaredError(reduction=reduction)
    if kind == "binary_crossentropy":
        return keras.losses.BinaryCrossentropy(from_logits=from_logits, reduction=reduction)
    if kind == "categorical_crossentropy":
        return keras.losses.CategoricalCrossentropy(from_logits=from_logits, reduction=reduction)
    return LogisticLoss(reduction=reduction)


def sign_accuracy(y_true, y_pred):
    """Accuracy for ±1 labels and raw scores: the sign of the score is the predicted label."""
    return ops.cast(ops.equal(ops.where(y_pred > 0, 1.0, -1.0), y_true), "float32")


def accuracy_metric(kind):
    """What Flowgrad reports as "accuracy" for a loss; mse has none."""
    if kind == "mse":
        return []
    if kind == "categorical_crossentropy":
        return [keras.metrics.CategoricalAccuracy(name="accuracy")]
    if kind == "logistic":
        return [keras.metrics.MeanMetricWrapper(sign_accuracy, name="accuracy")]
    return [keras.metrics.BinaryAccuracy(name="accuracy")]


class L2(keras.regularizers.Regularizer):
    """Keras' L2 penalty (l2·ΣW²) on a kernel: the layer's own plus the loss node's model-wide decay. The decay a
    training step adds may be spread over an epoch's minibatches (the chapter's SGD); evaluate() counts it whole."""

    def __init__(self, own, decay):
        self.own, self.decay = own, decay

    def __call__(self, w):
        return (self.own + self.decay) * ops.sum(ops.square(w))


def penalty(own, decay):
    return L2(own, decay) if own or decay else None


# --- Training ----------------------------------------------------------------------------------------


Trainer = collections.namedtuple("Trainer", "name model loss decay optimizer steps_per_epoch given_values tweaks epochs batch_size eval_batch_size sampling seed")


class EpochTotals:
    """An epoch's loss and accuracy from its minibatches: a mean loss averages them by size, a summed loss adds them
    up (the loss over the epoch's samples, comparable to one full-batch step), accuracy counts every sample."""

    def __init__(self, reduction):
        self.reduction, self.weighted, self.total, self.rows, self.correct, self.counted = reduction, 0.0, 0.0, 0, 0.0, 0.0

    def add(self, loss, rows, accuracy):
        self.weighted, self.total, self.rows = self.weighted + loss * rows, self.total + loss, self.rows + rows
        if accuracy is not None:
            self.correct, self.counted = self.correct + accuracy[0], self.counted + accuracy[1]

    def record(self, prefix=""):
        loss = self.total if self.reduction == "sum" else self.weighted / self.rows
        out = {prefix + "loss": loss}
        if self.counted:
            out[prefix + "accuracy"] = self.correct / self.counted
        return out


def distribute():
    """With more than one device (GPUs, TPU cores), keras.distribution.DataParallel gives each a share of every
    minibatch and combines their gradients, so the numbers do not depend on how many there are (JAX backend)."""
    devices = keras.distribution.list_devices()
    if len(devices) > 1:
        keras.distribution.set_distribution(keras.distribution.DataParallel(devices=devices))


def evaluate(model, trainer, data):
    """Loss and accuracy on other rows at the current weights, in batches as Keras' evaluate takes them, with the
    whole model-wide decay (a training step may count only its share of an epoch's)."""
    totals = EpochTotals(trainer.loss[1])
    loss = make_loss(*trainer.loss)
    metrics = accuracy_metric(trainer.loss[0])
    for start in range(0, len(data.x), trainer.eval_batch_size):
        xb, yb = data.x[start:start + trainer.eval_batch_size], data.y[start:start + trainer.eval_batch_size]
        pred = model(xb, training=False)
        l2 = sum(float((layer.kernel_regularizer.own + trainer.decay[0]) * np.sum(np.square(ops.convert_to_numpy(layer.kernel))))
                 for layer in model.layers if getattr(layer, "kernel_regularizer", None) is not None)
        accuracy = None
        for metric in metrics:
            metric.reset_state()
            metric.update_state(yb, pred)
            accuracy = (float(metric.result()) * len(xb), len(xb))
        totals.add(float(loss(yb, pred)) + l2, len(xb), accuracy)
    return totals.record("val_")


def train(trainer, data, validation, fresh):
    """One trainer's run as Flowgrad's training loop does it: train_on_batch on each of Flowgrad's minibatches (one
    optimizer update each), then the epoch's loss and accuracy from them."""
    if fresh:
        keras.utils.set_random_seed(trainer.seed)
    model = trainer.model(trainer.decay[0] / trainer.steps_per_epoch if trainer.decay[1] else trainer.decay[0])
    for layer in model.layers:
        if not fresh or layer.name in trainer.given_values:
            layer.set_weights([INITIAL_WEIGHTS[f"{trainer.name}/{layer.name}/{w.name}"] for w in layer.weights])
    model.compile(optimizer=trainer.optimizer(), loss=make_loss(*trainer.loss), metrics=accuracy_metric(trainer.loss[0]))
    rng = np.random.default_rng(trainer.seed)
    history, step = [], 0
    for epoch in range(trainer.epochs):
        batches = fresh_minibatches(trainer, len(data.x), rng) if fresh else minibatches(trainer, epoch)
        totals = EpochTotals(trainer.loss[1])
        for rows in batches:
            for name, value in trainer.tweaks.get(step, []):
                if name == "learning_rate":
                    model.optimizer.learning_rate = value
                else:  # other hyperparameters are read when the step is traced: trace it again
                    setattr(model.optimizer, name, value)
                    model.make_train_function(force=True)
            logs = model.train_on_batch(data.x[rows], data.y[rows], return_dict=True)
            step += 1
            # Keras reports a minibatch's mean accuracy: weighted by its rows, the epoch's is Flowgrad's count.
            accuracy = (float(logs["accuracy"]) * len(rows), len(rows)) if "accuracy" in logs else None
            totals.add(float(logs["loss"]), len(rows), accuracy)
        record = {"epoch": epoch + 1, **totals.record()}
        if validation is not None:
            record.update(evaluate(model, trainer, validation))
        history.append(record)
    return model, history


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="Keras' initialization and NumPy's shuffling instead of Flowgrad's")
    parser.add_argument("--out", default=HERE, help="the folder for history.json (default: beside this script)")
    args = parser.parse_args()
    distribute()
    datasets = load_data()
    results, trained = {}, {}
    for trainer in TRAINERS:
        data, validation = datasets[trainer.name]
        model, history = train(trainer, data, validation, args.fresh)
        results[trainer.name] = {"history": history}
        for layer in model.layers:
            trained.update({f"{trainer.name}/{layer.name}/{w.name}": ops.convert_to_numpy(w) for w in layer.weights})
        if history:
            print(f"{trainer.name}: {len(history)} epochs, loss {history[-1]['loss']:.6g}", flush=True)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "history.json"), "w") as f:
        json.dump(results, f, indent=2)
    if SAVE_TRAINED_WEIGHTS:
        np.savez(os.path.join(args.out, "trained_weights.npz"), **trained)


# --- The graph ---------------------------------------------------------------------------------------


def load_data():
    """The graph's data pipeline, node by node: each trainer's training and validation data."""
    rows = np.load(os.path.join(HERE, "data/rows.npz"))
    iris_data = read_csv("data/iris.csv", targets=1)  # iris (data/iris): 150 rows, 4 features; y: class index (setosa, versicolor, virginica)
    shuffle_data = take_rows(iris_data, rows["shuffle.dataset"])  # shuffle (preprocess/shuffle)
    onehot_data = one_hot(shuffle_data, classes=3)  # onehot (preprocess/one-hot)
    standardize_data = standardize(onehot_data)  # standardize (preprocess/standardize)
    return {
        "fit-raw": (onehot_data, None),
        "fit-std": (standardize_data, None),
    }


def raw_model(decay=0.0):
    """raw-model"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=256, activation="relu", name="dense", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_1", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_2", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=3, activation="softmax", name="dense_3", kernel_regularizer=penalty(0, decay)),
    ])


def std_model(decay=0.0):
    """std-model"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=256, activation="relu", name="dense", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_1", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_2", kernel_regularizer=penalty(0, decay)),
        keras.layers.Dense(units=3, activation="softmax", name="dense_3", kernel_regularizer=penalty(0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-raw",  # Without standardization
        model=raw_model,
        loss=("categorical_crossentropy", "mean", False),  # loss: kind, reduction, from_logits
        decay=(0, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # raw-adam
        steps_per_epoch=5,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=100,
        batch_size=30,
        eval_batch_size=30,
        sampling="shuffle",
        seed=0,
    ),
    Trainer(
        name="fit-std",  # With standardization
        model=std_model,
        loss=("categorical_crossentropy", "mean", False),  # loss: kind, reduction, from_logits
        decay=(0, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # std-adam
        steps_per_epoch=5,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=100,
        batch_size=30,
        eval_batch_size=30,
        sampling="shuffle",
        seed=0,
    ),
]


if __name__ == "__main__":
    main()
