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
    Flowgrad does the loop hands each step the masks Flowgrad drew (dropout_masks.npz) through the variable \`mask\`,
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
    """Sets each Dropout layer's mask to the one Flowgrad drew for this step: the rows from \`start\` of this epoch's order."""
    for layer in model.layers:
        key = f"{trainer.name}/{layer.name}"
        if isinstance(layer, Dropout) and layer.batch_size and key in DROPOUT_MASKS:
            mask = np.ones(tuple(layer.mask.shape), dtype="float32")
            mask[:count] = DROPOUT_MASKS[key][epoch, start:start + count]
            layer.mask.assign(mask)
`

export const LOOP = `def distribute():
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
            trained.update({f"{trainer.name}/{layer.name}/{w.name}": ops.convert_to_numpy(w) for w in layer.weights if w.name != "mask"})
        if history:
            print(f"{trainer.name}: {len(history)} epochs, loss {history[-1]['loss']:.6g}", flush=True)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "history.json"), "w") as f:
        json.dump(results, f, indent=2)
    if SAVE_TRAINED_WEIGHTS:
        np.savez(os.path.join(args.out, "trained_weights.npz"), **trained)

`
