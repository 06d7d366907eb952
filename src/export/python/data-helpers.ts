/** The NumPy half of every exported script: reading the shipped data, the preprocessing steps, the minibatches. */
export const DATA_HELPERS = `Data = collections.namedtuple("Data", "x y")  # features (rows × features) and targets (rows × targets), float32


def read_csv(name, targets):
    """A data file shipped beside this script: a header, the feature columns, then \`targets\` target columns."""
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
`
