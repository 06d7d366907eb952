#!/usr/bin/env python3
"""Iris through every Sequential layer: trained with Keras 3, as Flowgrad trains it.

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


def seq_model(decay=0.0, batch_size=None):
    """seq"""
    return keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(units=16, activation="relu", name="dense", kernel_regularizer=penalty(0, 0.001, decay)),
        keras.layers.BatchNormalization(momentum=0.99, epsilon=0.001, name="batch_normalization"),
        Dropout(rate=0.3, name="dropout", batch_size=batch_size),
        keras.layers.Dense(units=12, activation="gelu", name="dense_1", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=10, activation="linear", name="dense_2", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Activation(activation="leaky_relu", name="activation"),
        keras.layers.Dense(units=10, activation="elu", name="dense_3", kernel_regularizer=penalty(0.001, 0, decay)),
        Dropout(rate=0.2, name="dropout_1", batch_size=batch_size),
        keras.layers.Dense(units=8, activation="selu", name="dense_4", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Dense(units=8, activation="softplus", name="dense_5", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.BatchNormalization(momentum=0.9, epsilon=0.01, name="batch_normalization_1"),
        keras.layers.Dense(units=8, activation="swish", name="dense_6", kernel_regularizer=penalty(0, 0, decay)),
        keras.layers.Activation(activation="silu", name="activation_1"),
        keras.layers.Dense(units=3, activation="softmax", name="dense_7", kernel_regularizer=penalty(0, 0, decay)),
    ])


TRAINERS = [
    Trainer(
        name="fit-std",  # With standardization
        model=seq_model,
        loss=("categorical_crossentropy", "mean", False),  # std-loss: kind, reduction, from_logits
        decay=(0.001, False),  # the loss node's L2 weight decay on every kernel, and whether it is spread over an epoch
        optimizer=lambda: keras.optimizers.Adam(learning_rate=0.01, beta_1=0.9, beta_2=0.999, epsilon=1e-7),  # std-adam
        steps_per_epoch=8,
        given_values=[],  # layers whose starting values the graph gives: --fresh keeps them
        tweaks={},  # live changes recorded in the graph: after this many steps, set these
        epochs=12,
        batch_size=16,
        eval_batch_size=16,
        sampling="shuffle",
        seed=0,
        schedule=CosineDecay(decay_steps=40, alpha=0.1, warmup_steps=8),  # the learning-rate schedule, from the optimizer's rate
        early_stopping=EarlyStopping("val_loss", patience=3, min_delta=0, restore_best_weights=True),
    ),
]


if __name__ == "__main__":
    main()
