/** How both scripts turn minibatch results into an epoch's record, as Flowgrad's EpochAverages does. */
export const EPOCH_TOTALS = `class EpochTotals:
    """An epoch's loss and accuracy from its minibatches: a mean loss averages them by size, a summed loss adds them
    up (the loss over the epoch's samples, comparable to one full-batch step), accuracy counts every sample."""

    def __init__(self, reduction):
        self.reduction, self.weighted, self.total, self.rows, self.correct, self.counted = reduction, 0.0, 0.0, 0, 0.0, 0.0

    def add(self, loss, rows, accuracy):
        self.weighted, self.total, self.rows = self.weighted + loss * rows, self.total + loss, self.rows + rows
        if accuracy is not None:
            self.correct, self.counted = self.correct + accuracy[0], self.counted + accuracy[1]

    def record(self, prefix=""):
        loss = self.total if self.reduction == "sum" else self.weighted / self.rows
        out = {prefix + "loss": loss}
        if self.counted:
            out[prefix + "accuracy"] = self.correct / self.counted
        return out
`
