#!/usr/bin/env python3
"""Optimizers race: trained with Keras 3, as Flowgrad trains it.

Exported by `flowgrad export --to keras` from a Flowgrad graph. It rebuilds the graph's data pipeline, models, losses and
optimizers, starts from Flowgrad's initial weights (initial_weights.npz) and visits the rows in Flowgrad's minibatch
order (minibatches.npz), so the per-epoch losses it writes to history.json equal those of `flowgrad run` (run.json).

    python3 train.py                     # on every device found: DataParallel shares each minibatch among them
    KERAS_BACKEND=jax python3 train.py   # any backend: tensorflow, jax or torch
    python3 train.py --fresh             # Keras' own initialization and NumPy's shuffling instead

Needs numpy and keras >= 3 with one of its backends.

Not exported, having no counterpart here: race (plot/trajectory).
"""

# … the same helpers as in iris-standardization.keras.py …

# --- The graph ---------------------------------------------------------------------------------------


def load_data():
    """The graph's data pipeline, node by node: each trainer's training and validation data."""
    data = read_csv("data/data.csv", targets=1)  # data (data/logistic-2d): 20 rows, 2 features; y: sign targets
    return {
        "fit-gd": (data, None),
        "fit-sgd": (data, None),
        "fit-momentum": (data, None),
        "fit-adam": (data, None),
        "fit-rmsprop": (data, None),
    }


def alpha_model(decay=0.0, batch_size=None):
    """alpha"""
    return keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(units=1, activation="linear", use_bias=False, name="alpha", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-gd",  # Gradient descent
        model=alpha_model,
        loss=("logistic", "sum", True),  # loss: kind, reduction, from_logits
        decay=(0.05, True),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.2),  # gd
        steps_per_epoch=1,
        given_values=["alpha"],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=20,
        batch_size=20,  # gradient descent: every row at once
        eval_batch_size=20,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-sgd",  # SGD
        model=alpha_model,
        loss=("logistic", "sum", True),  # loss: kind, reduction, from_logits
        decay=(0.05, True),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0, nesterov=False),  # sgd
        steps_per_epoch=5,
        given_values=["alpha"],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=20,
        batch_size=4,
        eval_batch_size=4,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-momentum",  # SGD + momentum
        model=alpha_model,
        loss=("logistic", "sum", True),  # loss: kind, reduction, from_logits
        decay=(0.05, True),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.SGD(learning_rate=0.01, momentum=0.9, nesterov=False),  # momentum
        steps_per_epoch=5,
        given_values=["alpha"],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=20,
        batch_size=4,
        eval_batch_size=4,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-adam",  # Adam
        model=alpha_model,
        loss=("logistic", "sum", True),  # loss: kind, reduction, from_logits
        decay=(0.05, True),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.Adam(learning_rate=0.3, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # adam
        steps_per_epoch=5,
        given_values=["alpha"],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=20,
        batch_size=4,
        eval_batch_size=4,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
    Trainer(
        name="fit-rmsprop",  # RMSprop
        model=alpha_model,
        loss=("logistic", "sum", True),  # loss: kind, reduction, from_logits
        decay=(0.05, True),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.RMSprop(learning_rate=0.1, rho=0.9, momentum=0, epsilon=1e-7, centered=False),  # rmsprop
        steps_per_epoch=5,
        given_values=["alpha"],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=20,
        batch_size=4,
        eval_batch_size=4,
        sampling="shuffle",
        seed=0,
        schedule=Constant(),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=None,
    ),
]


if __name__ == "__main__":
    main()
