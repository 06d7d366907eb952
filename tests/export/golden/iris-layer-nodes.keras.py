#!/usr/bin/env python3
"""Iris through layer nodes: trained with Keras 3, as Flowgrad trains it.

Exported by `flowgrad export --to keras` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and
optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch
order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of `flowgrad run` (run.json).

    python3 train.py                     # on every device found: DataParallel shares each minibatch among them
    KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch
    python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead

Needs numpy and keras >= 3 with one of its backends.
"""

# … the same helpers as in iris-standardization.keras.py …

# --- The graph ---------------------------------------------------------------------------------------


def load_data():
    """The graph's data pipeline, node by node: each trainer's training and validation data."""
    rows = np.load(os.path.join(HERE, "data/rows.npz"))
    iris_data = read_csv("data/iris.csv", targets=1)  # iris (data/iris): 150 rows, 4 features; y: class index (setosa, versicolor, virginica)
    shuffle_data = take_rows(iris_data, rows["shuffle.dataset"])  # shuffle (preprocess/shuffle)
    onehot_data = one_hot(shuffle_data, classes=3)  # onehot (preprocess/one-hot)
    standardize_data = standardize(onehot_data)  # standardize (preprocess/standardize)
    split_train_data = take_rows(standardize_data, rows["split.train"])  # split (preprocess/split)
    split_validation_data = take_rows(standardize_data, rows["split.validation"])  # split (preprocess/split)
    return {
        "fit-std": (split_train_data, split_validation_data),
    }


def out_model(decay=0.0, batch_size=None):
    """std-input → hidden → norm → drop → act → out"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=16, activation="tanh", name="hidden", kernel_regularizer=penalty(0.001, 0.002, decay)),
        keras.layers.BatchNormalization(momentum=0.99, epsilon=0.001, name="norm"),
        Dropout(rate=0.25, name="drop", batch_size=batch_size),
        keras.layers.Activation(activation="gelu", name="act"),
        keras.layers.Dense(units=3, activation="softmax", name="out", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-std",  # With standardization
        model=out_model,
        loss=("categorical_crossentropy", "mean", False),  # std-loss: kind, reduction, from_logits
        decay=(0.001, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=False),  # sgd
        steps_per_epoch=8,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=12,
        batch_size=16,
        eval_batch_size=16,
        sampling="shuffle",
        seed=0,
        schedule=ReduceLROnPlateau("loss", factor=0.5, patience=0, cooldown=1, min_lr=0.01),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
]


if __name__ == "__main__":
    main()
