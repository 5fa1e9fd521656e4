// Tests run one at a time: they share one trained model, and the streaming test measures the process's heap,
// which other tests running beside it would disturb.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
