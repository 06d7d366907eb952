/** The Keras script's fixed parts: Keras' own losses, metrics and optimizers, and the loop that replays Flowgrad's minibatches. */

export const OBJECTIVE = `class LogisticLoss(keras.losses.Loss):
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
`

export const LOOP = `def distribute():
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
`

export const MAIN = `def main():
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

`
