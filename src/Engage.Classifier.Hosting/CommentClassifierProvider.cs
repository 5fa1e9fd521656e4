using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>
/// Holds the serving <see cref="CommentClassifier"/> behind one reference that is swapped atomically on reload
/// or when the configured spam threshold changes.
/// </summary>
/// <remarks>
/// Readers take the reference with <c>Volatile.Read</c> and never lock: a classifier is immutable,
/// so a call that read the old reference finishes on the old model while new calls see the new one.
/// Reloads and threshold changes are serialized by a lock so that the watcher, <see cref="TryReload"/> and
/// configuration changes never race each other.
/// </remarks>
internal sealed class CommentClassifierProvider : ICommentClassifierProvider, IDisposable
{
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly ClassifierMetrics _metrics;
    private readonly CommentClassifierOptions _startupOptions;
    private readonly Lock _gate = new();
    private readonly ModelFileWatcher? _watcher;
    private readonly IDisposable? _optionsChange;
    private CommentClassifier _loaded;
    private CommentClassifier _current;
    private double? _spamThreshold;
    private Exception? _lastReloadError;
    private long _reloadCount;
    private long _failedReloadCount;
    private volatile bool _disposed;

    /// <summary>Loads the model the named options describe, and follows their changes.</summary>
    /// <param name="name">The options name: <see cref="Options.DefaultName"/>, or the service key of a keyed registration.</param>
    /// <param name="options">The options; read once now and again on every change.</param>
    /// <param name="metrics">Where verdicts and reloads are counted.</param>
    /// <param name="logger">Where loads, reloads and changes are logged.</param>
    /// <exception cref="OptionsValidationException">The options are invalid (see <see cref="CommentClassifierOptionsValidator"/>).</exception>
    /// <exception cref="ClassifierDataException">The model file cannot be loaded.</exception>
    public CommentClassifierProvider(string name, IOptionsMonitor<CommentClassifierOptions> options, ClassifierMetrics metrics, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        _name = name;
        _logger = logger;
        _metrics = metrics;
        _startupOptions = options.Get(name);
        _spamThreshold = _startupOptions.SpamThreshold;
        if (_startupOptions.ModelPath is null)
        {
            _loaded = CommentClassifier.LoadDefault();
            _current = WithThreshold(_loaded);
            Log.LoadedDefault(logger, DisplayName, _current.TrainedWithVersion, _current.SpamThreshold);
        }
        else
        {
            ModelPath = Path.GetFullPath(_startupOptions.ModelPath);

            // Watch before the first load, so that a file replaced while it is being read is not missed.
            // Without its folder there is nothing to watch, and the load below says the file does not exist.
            if (_startupOptions.WatchForChanges && Directory.Exists(Path.GetDirectoryName(ModelPath)))
            {
                _watcher = new ModelFileWatcher(ModelPath, _startupOptions.ReloadDebounce, ReloadFromWatcher, logger);
            }

            try
            {
                // With no model yet, there is nothing to fall back to: a bad file fails startup.
                _loaded = CommentClassifier.Load(ModelPath);
            }
            catch (Exception ex)
            {
                _watcher?.Dispose();
                Log.LoadFailed(logger, ex, DisplayName, ModelPath);
                throw;
            }

            _current = WithThreshold(_loaded);
            Log.LoadedFile(logger, DisplayName, ModelPath, _current.TrainedWithVersion, _current.SpamThreshold);
        }

        _optionsChange = options.OnChange((changed, changedName) =>
        {
            if (string.Equals(changedName ?? Options.DefaultName, name, StringComparison.Ordinal))
            {
                ApplyOptions(changed);
            }
        });
    }

    public CommentClassifier Current => Volatile.Read(ref _current);

    public string? ModelPath { get; }

    public long ReloadCount => Interlocked.Read(ref _reloadCount);

    public long FailedReloadCount => Interlocked.Read(ref _failedReloadCount);

    public Exception? LastReloadError => Volatile.Read(ref _lastReloadError);

    /// <summary>The name in logs, metrics and traces: the service key, or <c>default</c>.</summary>
    private string DisplayName => _name.Length == 0 ? "default" : _name;

    public event EventHandler<ClassifierReloadedEventArgs>? Reloaded;

    public event EventHandler<ClassifierReloadFailedEventArgs>? ReloadFailed;

    public Verdict Classify(Comment comment, bool includeReasons = true)
    {
        ArgumentNullException.ThrowIfNull(comment);
        CommentClassifier classifier = Current;
        using Activity? activity = ClassifierTracing.StartClassify(DisplayName);
        long started = Stopwatch.GetTimestamp();
        Verdict verdict = classifier.Classify(comment, includeReasons);
        _metrics.RecordVerdict(DisplayName, verdict.Label, Stopwatch.GetElapsedTime(started));
        ClassifierTracing.Classified(activity, verdict);
        return verdict;
    }

    public Verdict Classify(string text) => Classify(new Comment(text));

    public bool TryReload()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ModelPath is null)
        {
            throw new InvalidOperationException("The comment classifier serves the default model, which cannot be reloaded. Set CommentClassifierOptions.ModelPath to serve a model file.");
        }

        return Reload("an explicit reload");
    }

    private void ReloadFromWatcher(string trigger)
    {
        if (!_disposed)
        {
            Reload(trigger);
        }
    }

    private bool Reload(string trigger)
    {
        string path = ModelPath!;
        lock (_gate)
        {
            using Activity? activity = ClassifierTracing.StartReload(DisplayName, path);
            CommentClassifier loaded;
            try
            {
                loaded = CommentClassifier.Load(path);
            }
            catch (Exception ex) when (ex is ClassifierDataException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Volatile.Write(ref _lastReloadError, ex);
                Interlocked.Increment(ref _failedReloadCount);
                _metrics.RecordReload(DisplayName, ex);
                ClassifierTracing.ReloadFailed(activity, ex);
                Log.ReloadRejected(_logger, ex, DisplayName, path, trigger);
                Raise(ReloadFailed, new ClassifierReloadFailedEventArgs(path, ex), nameof(ReloadFailed));
                return false;
            }

            _loaded = loaded;
            CommentClassifier serving = WithThreshold(loaded);
            Interlocked.Exchange(ref _current, serving);
            Volatile.Write(ref _lastReloadError, null);
            long count = Interlocked.Increment(ref _reloadCount);
            _metrics.RecordReload(DisplayName, null);
            Log.Reloaded(_logger, DisplayName, path, trigger, count);
            Raise(Reloaded, new ClassifierReloadedEventArgs(path, serving), nameof(Reloaded));
            return true;
        }
    }

    /// <summary>Applies a changed <see cref="CommentClassifierOptions.SpamThreshold"/> at once; other settings take effect on restart.</summary>
    private void ApplyOptions(CommentClassifierOptions changed)
    {
        if (_disposed)
        {
            return;
        }

        lock (_gate)
        {
            if (changed.SpamThreshold != _spamThreshold)
            {
                _spamThreshold = changed.SpamThreshold;
                Interlocked.Exchange(ref _current, WithThreshold(_loaded));
                Log.ThresholdChanged(_logger, DisplayName, _current.SpamThreshold, changed.SpamThreshold is null ? "the model's own" : "configured");
            }
        }

        string? changedPath = changed.ModelPath is null ? null : Path.GetFullPath(changed.ModelPath);
        if (changedPath != ModelPath || changed.WatchForChanges != _startupOptions.WatchForChanges || changed.ReloadDebounce != _startupOptions.ReloadDebounce)
        {
            Log.RestartNeeded(_logger, DisplayName);
        }
    }

    private void Raise<T>(EventHandler<T>? handler, T args, string eventName)
    {
        try
        {
            handler?.Invoke(this, args);
        }
        catch (Exception ex)
        {
            // A subscriber's bug must not take down the timer thread or undo a swap that already happened.
            Log.HandlerFailed(_logger, ex, eventName);
        }
    }

    private CommentClassifier WithThreshold(CommentClassifier classifier) =>
        _spamThreshold is double threshold ? classifier.WithSpamThreshold(threshold) : classifier;

    public void Dispose()
    {
        _disposed = true;
        _optionsChange?.Dispose();
        _watcher?.Dispose();
    }
}
