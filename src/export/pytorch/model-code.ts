/** The PyTorch script's layers, losses and penalties: Keras' definitions, written out. */

export const LAYERS = `ACTIVATIONS = {
    "linear": lambda z: z,
    "relu": torch.relu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "softmax": lambda z: torch.softmax(z, dim=-1),
}


class Dense(torch.nn.Linear):
    """Keras' Dense layer, activation(x·W + b). PyTorch stores W as [units, inputs]: Keras' kernel transposed."""

    def __init__(self, inputs, units, activation="linear", use_bias=True, l2=0.0, given_values=False):
        super().__init__(inputs, units, bias=use_bias)
        self.activation = activation
        self.l2 = l2  # this layer's own penalty: l2·ΣW² on its kernel
        self.given_values = given_values  # its starting values are part of the graph: --fresh keeps them

    def forward(self, x):
        return ACTIVATIONS[self.activation](super().forward(x))

    def decayed(self):
        """The weight a model-wide L2 decay applies to."""
        return self.weight

    @torch.no_grad()
    def load(self, weights, prefix):
        """Flowgrad's values for this layer, stored in Keras' layout."""
        self.weight.copy_(torch.from_numpy(weights[prefix + "/kernel"]).T)
        if self.bias is not None:
            self.bias.copy_(torch.from_numpy(weights[prefix + "/bias"]))

    def keras_weights(self):
        weights = {"kernel": self.weight.detach().T.cpu().numpy()}
        if self.bias is not None:
            weights["bias"] = self.bias.detach().cpu().numpy()
        return weights
`

export const LOSSES = `EPSILON = 1e-7  # Keras' backend epsilon: probabilities are clipped to [ε, 1 − ε] before a log


class Loss:
    """A Keras loss: one value per sample, then the batch's mean (Keras' default) or sum (the chapter's)."""

    def __init__(self, kind, reduction="mean", from_logits=False):
        self.kind, self.reduction, self.from_logits = kind, reduction, from_logits

    def per_sample(self, y, p):
        if self.kind == "mse":
            return (p - y).square().mean(dim=-1)
        if self.kind == "binary_crossentropy":
            if self.from_logits:
                return (F.softplus(p) - y * p).mean(dim=-1)
            p = p.clamp(EPSILON, 1 - EPSILON)
            return -(y * p.log() + (1 - y) * (1 - p).log()).mean(dim=-1)
        if self.kind == "categorical_crossentropy":
            if self.from_logits:
                return -(y * F.log_softmax(p, dim=-1)).sum(dim=-1)
            p = (p / p.sum(dim=-1, keepdim=True)).clamp(EPSILON, 1 - EPSILON)
            return -(y * p.log()).sum(dim=-1)
        if self.kind == "logistic":
            # The chapter's logistic loss for labels ±1 and raw scores s: log(1 + exp(−y·s)).
            return F.softplus(-y * p)
        raise ValueError(f"unknown loss {self.kind}")

    def part(self, y, p, batch_rows):
        """Some rows' share of a minibatch's loss: their sum, over the whole minibatch's count for a mean.
        The shares of all processes add up to the minibatch's loss, however the rows are divided."""
        values = self.per_sample(y, p)
        if self.reduction == "sum":
            return values.sum()
        return values.sum() / (batch_rows * int(np.prod(values.shape[1:])))

    def accuracy(self, y, p):
        """(correct, counted) as Flowgrad's "accuracy" counts them; None for mse, which has no accuracy."""
        if self.kind == "mse":
            return None
        if self.kind == "categorical_crossentropy":
            return (p.argmax(dim=-1) == y.argmax(dim=-1)).sum(), len(y)
        if self.kind == "logistic":
            return (torch.where(p > 0, 1.0, -1.0) == y).sum(), y.numel()
        return ((p > 0.5).float() == y).sum(), y.numel()


def penalty(model, decay, steps_per_epoch=None):
    """The L2 terms of Flowgrad's objective, in its order: the model-wide decay (l2, per_epoch) on each layer's kernel,
    spread over an epoch's minibatches when per_epoch (the chapter's SGD), then each layer's own l2·ΣW²."""
    l2, per_epoch = decay
    total = 0.0
    if l2 > 0:
        scale = 1 / steps_per_epoch if per_epoch and steps_per_epoch else 1
        for layer in model:
            total = total + (l2 * scale) * layer.decayed().square().sum()
    for layer in model:
        if layer.l2:
            total = total + layer.l2 * layer.decayed().square().sum()
    return total
`
