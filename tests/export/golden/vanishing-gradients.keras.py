#!/usr/bin/env python3
"""The curse of depth: vanishing gradients: trained with Keras 3, as Flowgrad trains it.

Exported by `flowgrad export --to keras` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and
optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch
order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of `flowgrad run` (run.json).

    python3 train.py                     # on every device found: DataParallel shares each minibatch among them
    KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch
    python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead

Needs numpy and keras >= 3 with one of its backends.

Not exported, having no counterpart here: by-layer (plot/gradient-norms), sig-steps
(plot/gradient-norms), relu-steps (plot/gradient-norms), curves (plot/training-curves).
"""

# … the same helpers as in iris-standardization.keras.py …

# --- The graph ---------------------------------------------------------------------------------------


def load_data():
    """The graph's data pipeline, node by node: each trainer's training and validation data."""
    data = read_csv("data/data.csv", targets=1)  # data (data/playground-2d): 200 rows, 2 features; y: binary targets
    standardize_data = standardize(data)  # standardize (preprocess/standardize)
    return {
        "fit-sig": (standardize_data, None),
        "fit-relu": (standardize_data, None),
    }


def sig_model(decay=0.0, batch_size=None):
    """sig"""
    return keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-3", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-4", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-5", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-6", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="sigmoid", name="sig-7", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=1, activation="sigmoid", name="sig-out", kernel_regularizer=penalty(0, 0, decay)),
    ])


def relu_model(decay=0.0, batch_size=None):
    """relu"""
    return keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(units=16, activation="relu", name="relu-1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-3", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-4", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-5", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-6", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="relu", name="relu-7", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=1, activation="sigmoid", name="relu-out", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-sig",  # Sigmoid
        model=sig_model,
        loss=("binary_crossentropy", "mean", False),  # bce: kind, reduction, from_logits
        decay=(0, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.1, momentum=0, nesterov=False),  # sgd
        steps_per_epoch=13,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=30,
        batch_size=16,
        eval_batch_size=16,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-relu",  # ReLU
        model=relu_model,
        loss=("binary_crossentropy", "mean", False),  # bce: kind, reduction, from_logits
        decay=(0, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.1, momentum=0, nesterov=False),  # sgd
        steps_per_epoch=13,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=30,
        batch_size=16,
        eval_batch_size=16,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
]


if __name__ == "__main__":
    main()
