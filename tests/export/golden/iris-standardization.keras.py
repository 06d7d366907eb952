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
import math
import os

import numpy as np
import keras
from keras import ops


HERE = os.path.dirname(os.path.abspath(__file__))
INITIAL_WEIGHTS = np.load(os.path.join(HERE, "initial_weights.npz"))  # "trainer/layer/weight", Keras' layout
BATCHES = np.load(os.path.join(HERE, "minibatches.npz"))  # per trainer: epochs × the rows visited, in order
MASKS_FILE = os.path.join(HERE, "dropout_masks.npz")  # written when a model has Dropout layers
DROPOUT_MASKS = np.load(MASKS_FILE) if os.path.exists(MASKS_FILE) else {}  # "trainer/layer": epochs × rows visited × width, 1 = kept
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


# --- Losses, accuracy, penalties and Dropout (Keras' own) --------------------------------------------


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


class Penalty(keras.regularizers.Regularizer):
    """A Dense kernel's penalty: the layer's own L2 (l2·ΣW²) and L1 (l1·Σ|W|), plus the loss node's model-wide L2
    decay. The decay a training step adds may be spread over an epoch's minibatches (the chapter's SGD); whole()
    counts it whole, as evaluate() does."""

    def __init__(self, l2, l1, decay):
        self.l2, self.l1, self.decay = l2, l1, decay

    def __call__(self, w):
        return (self.l2 + self.decay) * ops.sum(ops.square(w)) + self.l1 * ops.sum(ops.abs(w))

    def whole(self, w, decay):
        w = ops.convert_to_numpy(w)
        return float((self.l2 + decay) * np.sum(np.square(w)) + self.l1 * np.sum(np.abs(w)))


def penalty(l2, l1, decay):
    return Penalty(l2, l1, decay) if l2 or l1 or decay else None


class Dropout(keras.layers.Dropout):
    """Keras' Dropout, able to replay Flowgrad's masks. No framework's generator draws Flowgrad's masks, so to train as
    Flowgrad does the loop hands each step the masks Flowgrad drew (dropout_masks.npz) through the variable `mask`,
    as it replays Flowgrad's minibatch order. Built without a batch_size (--fresh), it is Keras' own Dropout."""

    def __init__(self, rate, batch_size=None, **kwargs):
        super().__init__(rate, **kwargs)
        self.batch_size = batch_size

    def build(self, input_shape):
        super().build(input_shape)
        if self.batch_size:
            self.mask = self.add_weight(shape=(self.batch_size, input_shape[-1]), initializer="ones", trainable=False, name="mask")

    def call(self, inputs, training=False):
        if not training or not self.batch_size or self.rate == 0:
            return super().call(inputs, training=training)
        mask = self.mask[: ops.shape(inputs)[0]]
        return ops.where(mask > 0, inputs / (1 - self.rate), ops.zeros_like(inputs))


def replay_dropout(model, trainer, epoch, start, count):
    """Sets each Dropout layer's mask to the one Flowgrad drew for this step: the rows from `start` of this epoch's order."""
    for layer in model.layers:
        key = f"{trainer.name}/{layer.name}"
        if isinstance(layer, Dropout) and layer.batch_size and key in DROPOUT_MASKS:
            mask = np.ones(tuple(layer.mask.shape), dtype="float32")
            mask[:count] = DROPOUT_MASKS[key][epoch, start:start + count]
            layer.mask.assign(mask)


# --- Learning-rate schedules and early stopping (Keras' rules) ---------------------------------------


class Constant:
    """No schedule: every step uses the optimizer's learning rate."""

    def rate(self, step, base):
        return base

    def on_epoch_end(self, logs, base):
        pass


class ExponentialDecay(Constant):
    """Keras' ExponentialDecay: base · decay_rate^(step / decay_steps); staircase rounds the exponent down (the step schedule)."""

    def __init__(self, decay_steps, decay_rate, staircase=False):
        self.decay_steps, self.decay_rate, self.staircase = decay_steps, decay_rate, staircase

    def rate(self, step, base):
        p = step / self.decay_steps
        return base * self.decay_rate ** (math.floor(p) if self.staircase else p)


class CosineDecay(Constant):
    """Keras' CosineDecay with a linear warm-up from 0 to the optimizer's rate over warmup_steps, then
    base · ((1 − alpha) · ½(1 + cos(π·s / decay_steps)) + alpha), s counted after the warm-up and held at decay_steps."""

    def __init__(self, decay_steps, alpha=0.0, warmup_steps=0):
        self.decay_steps, self.alpha, self.warmup_steps = decay_steps, alpha, warmup_steps

    def rate(self, step, base):
        at = min(step, self.decay_steps + self.warmup_steps)
        if at < self.warmup_steps:
            return base * (at / self.warmup_steps)
        cosine = 0.5 * (1 + math.cos(math.pi * (at - self.warmup_steps) / self.decay_steps))
        return base * ((1 - self.alpha) * cosine + self.alpha)


class Monitor:
    """What Keras' monitoring callbacks share: accuracies should go up, losses down, by more than min_delta."""

    def __init__(self, key, min_delta):
        self.key, self.min_delta, self.best = key, abs(min_delta), None
        self.higher_is_better = "accuracy" in key.replace("val_", "", 1)

    def improves(self, value):
        if self.best is None:
            return True
        return value - self.min_delta > self.best if self.higher_is_better else value + self.min_delta < self.best


class ReduceLROnPlateau(Constant):
    """Keras' ReduceLROnPlateau: after `patience` epochs without improvement the rate is multiplied by factor (not
    below min_lr), then `cooldown` epochs pass before counting again. It counts reductions, so the rate is
    base · factorⁿ of whatever the optimizer's rate is now (a recorded change of it composes with them)."""

    def __init__(self, monitor, factor=0.1, patience=10, min_delta=1e-4, cooldown=0, min_lr=0.0):
        self.monitor, self.factor, self.patience, self.cooldown, self.min_lr = Monitor(monitor, min_delta), factor, patience, cooldown, min_lr
        self.wait = self.cooldown_left = self.reductions = 0

    def rate(self, step, base):
        return base if self.reductions == 0 else max(base * self.factor ** self.reductions, self.min_lr)

    def on_epoch_end(self, logs, base):
        current = logs.get(self.monitor.key)
        if current is None:
            return
        if self.cooldown_left > 0:
            self.cooldown_left -= 1
            self.wait = 0
        if self.monitor.improves(current):
            self.monitor.best, self.wait = current, 0
        elif self.cooldown_left == 0:
            self.wait += 1
            if self.wait >= self.patience and self.rate(0, base) > self.min_lr:
                self.reductions += 1
                self.cooldown_left, self.wait = self.cooldown, 0


class EarlyStopping:
    """Keras' EarlyStopping: stop when the monitored value has not improved for `patience` epochs, and with
    restore_best_weights end with the best epoch's weights (moving statistics included)."""

    def __init__(self, monitor, patience=0, min_delta=0.0, restore_best_weights=False):
        self.monitor, self.patience, self.restore = Monitor(monitor, min_delta), patience, restore_best_weights
        self.wait, self.best_weights = 0, None

    def on_epoch_end(self, epoch, logs, get_weights):
        """True when training stops after this epoch (numbered from 1)."""
        current = logs.get(self.monitor.key)
        if current is None:
            return False
        if self.restore and self.best_weights is None:
            self.best_weights = get_weights()
        self.wait += 1
        if self.monitor.improves(current):
            self.monitor.best, self.wait = current, 0
            if self.restore:
                self.best_weights = get_weights()
            return False
        return self.wait >= self.patience and epoch > 1

    def on_train_end(self, set_weights):
        if self.restore and self.best_weights is not None:
            set_weights(self.best_weights)


# --- Training ----------------------------------------------------------------------------------------


Trainer = collections.namedtuple("Trainer", "name model loss decay optimizer steps_per_epoch given_values tweaks epochs batch_size eval_batch_size sampling seed schedule early_stopping")


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
    """Loss and accuracy on other rows at the current weights, in batches as Keras' evaluate takes them, in inference
    mode, with the whole model-wide decay (a training step may count only its share of an epoch's)."""
    totals = EpochTotals(trainer.loss[1])
    loss = make_loss(*trainer.loss)
    metrics = accuracy_metric(trainer.loss[0])
    for start in range(0, len(data.x), trainer.eval_batch_size):
        xb, yb = data.x[start:start + trainer.eval_batch_size], data.y[start:start + trainer.eval_batch_size]
        pred = model(xb, training=False)
        penalties = sum(layer.kernel_regularizer.whole(layer.kernel, trainer.decay[0])
                        for layer in model.layers if getattr(layer, "kernel_regularizer", None) is not None)
        accuracy = None
        for metric in metrics:
            metric.reset_state()
            metric.update_state(yb, pred)
            accuracy = (float(metric.result()) * len(xb), len(xb))
        totals.add(float(loss(yb, pred)) + penalties, len(xb), accuracy)
    return totals.record("val_")


def train(trainer, data, validation, fresh):
    """One trainer's run as Flowgrad's training loop does it: train_on_batch on each of Flowgrad's minibatches (one
    optimizer update each, at the schedule's rate), then the epoch's loss and accuracy from them, then the schedule's
    and early stopping's turn."""
    if fresh:
        keras.utils.set_random_seed(trainer.seed)
    decay = trainer.decay[0] / trainer.steps_per_epoch if trainer.decay[1] else trainer.decay[0]
    model = trainer.model(decay, None if fresh else trainer.batch_size)
    for layer in model.layers:
        if not fresh or layer.name in trainer.given_values:
            for w in layer.weights:  # Flowgrad's values, moving statistics included (a Dropout's mask is not one)
                key = f"{trainer.name}/{layer.name}/{w.name}"
                if key in INITIAL_WEIGHTS:
                    w.assign(INITIAL_WEIGHTS[key])
    model.compile(optimizer=trainer.optimizer(), loss=make_loss(*trainer.loss), metrics=accuracy_metric(trainer.loss[0]))
    base = float(ops.convert_to_numpy(model.optimizer.learning_rate))  # the rate the schedule scales
    rng = np.random.default_rng(trainer.seed)
    history, step = [], 0
    for epoch in range(trainer.epochs):
        batches = fresh_minibatches(trainer, len(data.x), rng) if fresh else minibatches(trainer, epoch)
        totals, start = EpochTotals(trainer.loss[1]), 0
        for rows in batches:
            for name, value in trainer.tweaks.get(step, []):
                if name == "learning_rate":
                    base = value
                else:  # other hyperparameters are read when the step is traced: trace it again
                    setattr(model.optimizer, name, value)
                    model.make_train_function(force=True)
            model.optimizer.learning_rate = trainer.schedule.rate(step, base)
            if not fresh:
                replay_dropout(model, trainer, epoch, start, len(rows))
            start += len(rows)
            logs = model.train_on_batch(data.x[rows], data.y[rows], return_dict=True)
            step += 1
            # Keras reports a minibatch's mean accuracy: weighted by its rows, the epoch's is Flowgrad's count.
            accuracy = (float(logs["accuracy"]) * len(rows), len(rows)) if "accuracy" in logs else None
            totals.add(float(logs["loss"]), len(rows), accuracy)
        record = {"epoch": epoch + 1, **totals.record()}
        if validation is not None:
            record.update(evaluate(model, trainer, validation))
        history.append(record)
        trainer.schedule.on_epoch_end(record, base)
        if trainer.early_stopping and trainer.early_stopping.on_epoch_end(epoch + 1, record, model.get_weights):
            break
    if trainer.early_stopping:
        trainer.early_stopping.on_train_end(model.set_weights)
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
            trained.update({f"{trainer.name}/{layer.name}/{w.name}": ops.convert_to_numpy(w) for w in layer.weights if w.name != "mask"})
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


def raw_model_model(decay=0.0, batch_size=None):
    """raw-model"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=256, activation="relu", name="dense", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=3, activation="softmax", name="dense_3", kernel_regularizer=penalty(0, 0, decay)),
    ])


def std_model_model(decay=0.0, batch_size=None):
    """std-model"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=256, activation="relu", name="dense", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=256, activation="relu", name="dense_2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=3, activation="softmax", name="dense_3", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-raw",  # Without standardization
        model=raw_model_model,
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
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-std",  # With standardization
        model=std_model_model,
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
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
]


if __name__ == "__main__":
    main()
