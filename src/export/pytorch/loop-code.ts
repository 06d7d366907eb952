/** The PyTorch script's training loop, one process or many (DistributedDataParallel). */
export const LOOP = `Processes = collections.namedtuple("Processes", "rank world device")


def start_processes():
    """Joins the process group when started by torchrun (or with RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT set):
    gloo between CPUs, nccl between GPUs. One process alone needs none of it."""
    rank, world = int(os.environ.get("RANK", "0")), int(os.environ.get("WORLD_SIZE", "1"))
    if torch.cuda.is_available():
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    else:
        device = torch.device("cpu")
    if world > 1:
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return Processes(rank, world, device)


def all_sum(procs, values):
    """Numbers added up over all processes: each holds its share of a minibatch's loss and accuracy counts."""
    total = torch.tensor([float(v) for v in values], dtype=torch.float64, device=procs.device)
    if procs.world > 1:
        dist.all_reduce(total)
    return total.tolist()


@torch.no_grad()
def evaluate(model, trainer, data, device):
    """Loss and accuracy on other rows at the current weights, in batches as Keras' evaluate takes them, in inference
    mode (no dropout; batch normalization with its moving statistics)."""
    model.eval()
    totals = EpochTotals(trainer.loss.reduction)
    x, y = torch.from_numpy(data.x).to(device), torch.from_numpy(data.y).to(device)
    for start in range(0, len(x), trainer.eval_batch_size):
        xb, yb = x[start:start + trainer.eval_batch_size], y[start:start + trainer.eval_batch_size]
        pred = model(xb)
        loss = float(trainer.loss.part(yb, pred, len(xb))) + float(penalty(model, trainer.decay))
        accuracy = trainer.loss.accuracy(yb, pred)
        totals.add(loss, len(xb), None if accuracy is None else (float(accuracy[0]), accuracy[1]))
    model.train()
    return totals.record("val_")


def replay_dropout(model, trainer, epoch, start, count, procs):
    """Hands each Dropout layer the masks Flowgrad drew for this step: the rows from \`start\` of this epoch's order,
    each process its share of them, as it takes its share of the rows."""
    for name, layer in model.named_children():
        key = f"{trainer.name}/{name}"
        if isinstance(layer, Dropout) and key in DROPOUT_MASKS:
            mask = DROPOUT_MASKS[key][epoch, start:start + count]
            layer.mask = torch.from_numpy(np.array_split(mask, procs.world)[procs.rank] != 0).to(procs.device)


def train(trainer, data, validation, procs, fresh):
    """One trainer's run as Flowgrad's training loop does it: per minibatch the objective (each process on its share
    of the rows), its gradients and one optimizer update; per epoch the loss and accuracy over its minibatches, then
    the schedule's and early stopping's turn."""
    model = trainer.model()
    if fresh:
        torch.manual_seed(trainer.seed)  # the same fresh start on every run (DistributedDataParallel spreads the first process's)
    for name, layer in model.named_children():
        layer.load(INITIAL_WEIGHTS, f"{trainer.name}/{name}")
        if fresh and not layer.given_values:
            layer.reset_parameters()
    model.to(procs.device)
    # DistributedDataParallel starts every process from the first one's weights and averages gradients after backward.
    net = DistributedDataParallel(model) if procs.world > 1 else model
    optimizer = trainer.optimizer(model.parameters())
    optimizer.schedule = trainer.schedule
    x, y = torch.from_numpy(data.x).to(procs.device), torch.from_numpy(data.y).to(procs.device)
    rng = np.random.default_rng(trainer.seed)
    history, step = [], 0
    for epoch in range(trainer.epochs):
        batches = fresh_minibatches(trainer, len(x), rng) if fresh else minibatches(trainer, epoch)
        totals, start = EpochTotals(trainer.loss.reduction), 0
        for rows in batches:
            for name, value in trainer.tweaks.get(step, []):
                optimizer.set(name, value)
            if not fresh:
                replay_dropout(model, trainer, epoch, start, len(rows), procs)
            start += len(rows)
            share = torch.from_numpy(np.array_split(rows, procs.world)[procs.rank].astype(np.int64)).to(procs.device)
            pred = net(x[share])
            part = trainer.loss.part(y[share], pred, len(rows))
            l2 = penalty(model, trainer.decay, len(batches))
            optimizer.zero_grad()
            # The average of the processes' gradients is then the gradient of the whole minibatch's objective.
            (part * procs.world + l2).backward()
            optimizer.step()
            step += 1
            accuracy = trainer.loss.accuracy(y[share], pred)
            sums = all_sum(procs, [part.detach()] + ([] if accuracy is None else list(accuracy)))
            totals.add(sums[0] + float(l2), len(rows), None if accuracy is None else sums[1:])
        record = {"epoch": epoch + 1, **totals.record()}
        if validation is not None:
            record.update(evaluate(model, trainer, validation, procs.device))
        history.append(record)
        trainer.schedule.on_epoch_end(record, optimizer.param_groups[0]["learning_rate"])
        if trainer.early_stopping and trainer.early_stopping.on_epoch_end(epoch + 1, record, lambda: copy.deepcopy(model.state_dict())):
            break
    if trainer.early_stopping:
        trainer.early_stopping.on_train_end(model.load_state_dict)
    return model, history
`

export const MAIN = `def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="PyTorch's initialization and NumPy's shuffling instead of Flowgrad's")
    parser.add_argument("--out", default=HERE, help="the folder for history.json (default: beside this script)")
    args = parser.parse_args()
    procs = start_processes()
    datasets = load_data()
    results, trained = {}, {}
    for trainer in TRAINERS:
        data, validation = datasets[trainer.name]
        model, history = train(trainer, data, validation, procs, args.fresh)
        results[trainer.name] = {"history": history}
        for name, layer in model.named_children():
            trained.update({f"{trainer.name}/{name}/{k}": v for k, v in layer.keras_weights().items()})
        if procs.rank == 0 and history:
            print(f"{trainer.name}: {len(history)} epochs, loss {history[-1]['loss']:.6g}", flush=True)
    if procs.rank == 0:  # only the first process writes
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "history.json"), "w") as f:
            json.dump(results, f, indent=2)
        if SAVE_TRAINED_WEIGHTS:
            np.savez(os.path.join(args.out, "trained_weights.npz"), **trained)
    if procs.world > 1:
        dist.destroy_process_group()

`
