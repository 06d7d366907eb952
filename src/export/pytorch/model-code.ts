/** The PyTorch script's layers, losses and penalties: Keras' definitions, written out. */

export const LAYERS = `ACTIVATIONS = {  # Keras' activations: leaky_relu's slope is Keras' 0.2, gelu is exact (not tanh-approximated)
    "linear": lambda z: z,
    "relu": torch.relu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "softmax": lambda z: torch.softmax(z, dim=-1),
    "elu": F.elu,
    "selu": F.selu,
    "gelu": F.gelu,
    "softplus": F.softplus,
    "silu": F.silu,
    "swish": F.silu,
    "leaky_relu": lambda z: F.leaky_relu(z, 0.2),
}


class KerasLayer(torch.nn.Module):
    """What the loop asks of every layer: its kernel for the penalties, its weights in Keras' layout, a fresh start."""

    l1 = l2 = 0.0
    given_values = False

    def decayed(self):
        """The weight the model-wide L2 decay and the layer's own penalties apply to: Dense's kernel, else none."""
        return None

    def load(self, weights, prefix):
        pass

    def keras_weights(self):
        return {}

    def reset_parameters(self):
        pass


class Dense(KerasLayer):
    """Keras' Dense layer, activation(x·W + b). PyTorch's Linear stores W as [units, inputs]: Keras' kernel transposed."""

    def __init__(self, inputs, units, activation="linear", use_bias=True, l2=0.0, l1=0.0, given_values=False):
        super().__init__()
        self.linear = torch.nn.Linear(inputs, units, bias=use_bias)
        self.activation = activation
        self.l2, self.l1 = l2, l1  # this layer's own penalties: l2·ΣW² + l1·Σ|W| on its kernel
        self.given_values = given_values  # its starting values are part of the graph: --fresh keeps them

    def forward(self, x):
        return ACTIVATIONS[self.activation](self.linear(x))

    def decayed(self):
        return self.linear.weight

    @torch.no_grad()
    def load(self, weights, prefix):
        """Flowgrad's values for this layer, stored in Keras' layout."""
        self.linear.weight.copy_(torch.from_numpy(weights[prefix + "/kernel"]).T)
        if self.linear.bias is not None:
            self.linear.bias.copy_(torch.from_numpy(weights[prefix + "/bias"]))

    def keras_weights(self):
        weights = {"kernel": self.linear.weight.detach().T.cpu().numpy()}
        if self.linear.bias is not None:
            weights["bias"] = self.linear.bias.detach().cpu().numpy()
        return weights

    def reset_parameters(self):
        self.linear.reset_parameters()


class Activation(KerasLayer):
    """Keras' Activation layer: an activation alone."""

    def __init__(self, activation):
        super().__init__()
        self.activation = activation

    def forward(self, x):
        return ACTIVATIONS[self.activation](x)


class Dropout(KerasLayer):
    """Keras' Dropout: in training each input is zeroed with probability rate and the others scaled by 1/(1 − rate);
    the identity at inference. No framework's generator draws Flowgrad's masks, so to train as Flowgrad does the loop
    hands each step the masks Flowgrad drew (dropout_masks.npz), as it replays Flowgrad's minibatch order.
    With --fresh, or with no mask given, torch draws its own."""

    def __init__(self, rate):
        super().__init__()
        self.rate, self.mask = rate, None

    def forward(self, x):
        if not self.training or self.rate == 0:
            return x
        if self.mask is None:
            return F.dropout(x, self.rate, True)
        return torch.where(self.mask, x / (1 - self.rate), torch.zeros_like(x))


def batch_moments(x):
    """The mean and (biased) variance of a minibatch's features. Under DistributedDataParallel each process holds a
    share of the minibatch: the sums are added up over all of them (gradients flow back through the sum), so the
    statistics are the whole minibatch's, whatever the number of processes."""
    if not (dist.is_available() and dist.is_initialized()) or dist.get_world_size() == 1:
        mean = x.mean(dim=0)
        return mean, (x - mean).square().mean(dim=0)
    from torch.distributed.nn.functional import all_reduce

    count = torch.tensor([float(len(x))], dtype=x.dtype, device=x.device)
    dist.all_reduce(count)
    mean = all_reduce(x.sum(dim=0)) / count
    return mean, all_reduce((x - mean).square().sum(dim=0)) / count


class BatchNormalization(KerasLayer):
    """Keras' BatchNormalization over the features. torch.nn.BatchNorm1d is not used: its momentum weighs the new batch
    (Keras' 0.99 is its 0.01) and its running variance moves towards the unbiased variance, where Keras' moves towards
    the biased one it normalizes with. Training normalizes with the batch's statistics and moves the moving ones:
    moving = moving·momentum + batch·(1 − momentum); inference normalizes with the moving statistics."""

    def __init__(self, features, momentum=0.99, epsilon=0.001):
        super().__init__()
        self.momentum, self.epsilon = momentum, epsilon
        self.gamma = torch.nn.Parameter(torch.ones(features))
        self.beta = torch.nn.Parameter(torch.zeros(features))
        self.register_buffer("moving_mean", torch.zeros(features))
        self.register_buffer("moving_variance", torch.ones(features))

    def forward(self, x):
        if self.training:
            mean, variance = batch_moments(x)
            with torch.no_grad():
                self.moving_mean.copy_(self.moving_mean * self.momentum + mean * (1 - self.momentum))
                self.moving_variance.copy_(self.moving_variance * self.momentum + variance * (1 - self.momentum))
        else:
            mean, variance = self.moving_mean, self.moving_variance
        inv = self.gamma / torch.sqrt(variance + self.epsilon)
        return x * inv + (self.beta - mean * inv)

    @torch.no_grad()
    def load(self, weights, prefix):
        for name, tensor in (("gamma", self.gamma), ("beta", self.beta), ("moving_mean", self.moving_mean), ("moving_variance", self.moving_variance)):
            tensor.copy_(torch.from_numpy(weights[f"{prefix}/{name}"]))

    def keras_weights(self):
        return {name: t.detach().cpu().numpy() for name, t in (("gamma", self.gamma), ("beta", self.beta), ("moving_mean", self.moving_mean), ("moving_variance", self.moving_variance))}

    @torch.no_grad()
    def reset_parameters(self):
        self.gamma.fill_(1)
        self.beta.fill_(0)
        self.moving_mean.fill_(0)
        self.moving_variance.fill_(1)
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
    """The penalty terms of Flowgrad's objective, in its order: the model-wide L2 decay (l2, per_epoch) on each Dense
    kernel, spread over an epoch's minibatches when per_epoch (the chapter's SGD), then each layer's own l2·ΣW² and
    l1·Σ|W|."""
    l2, per_epoch = decay
    kernels = [(layer, layer.decayed()) for layer in model if layer.decayed() is not None]
    total = 0.0
    if l2 > 0:
        scale = 1 / steps_per_epoch if per_epoch and steps_per_epoch else 1
        for _, w in kernels:
            total = total + (l2 * scale) * w.square().sum()
    for layer, w in kernels:
        if layer.l2:
            total = total + layer.l2 * w.square().sum()
        if layer.l1:
            total = total + layer.l1 * w.abs().sum()
    return total
`
