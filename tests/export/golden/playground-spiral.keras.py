#!/usr/bin/env python3
"""Playground: learning a spiral: trained with Keras 3, as Flowgrad trains it.

Exported by `flowgrad export --to keras` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and
optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch
order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of `flowgrad run` (run.json).

    python3 train.py                     # on every device found: DataParallel shares each minibatch among them
    KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch
    python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead

Needs numpy and keras >= 3 with one of its backends.

Not exported, having no counterpart here: boundary (plot/decision-boundary), curves
(plot/training-curves).
"""

# … the same helpers as in iris-standardization.keras.py …

# --- The graph ---------------------------------------------------------------------------------------


def load_data():
    """The graph's data pipeline, node by node: each trainer's training and validation data."""
    data = read_csv("data/data.csv", targets=1)  # data (data/playground-2d): 300 rows, 2 features; y: binary targets
    return {
        "fit": (data, None),
    }


def output_model(decay=0.0, batch_size=None):
    """input → hidden1 → hidden2 → output"""
    return keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(units=16, activation="tanh", name="hidden1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=16, activation="tanh", name="hidden2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=1, activation="sigmoid", name="output", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit",  # Spiral
        model=output_model,
        loss=("binary_crossentropy", "mean", False),  # bce: kind, reduction, from_logits
        decay=(0, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.Adam(learning_rate=0.03, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # adam
        steps_per_epoch=30,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=200,
        batch_size=10,
        eval_batch_size=10,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
]


if __name__ == "__main__":
    main()
