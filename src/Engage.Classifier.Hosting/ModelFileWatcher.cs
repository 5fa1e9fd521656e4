using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting;

/// <summary>
/// Watches one model file and calls back once the file has stayed quiet for the debounce period after a change.
/// </summary>
/// <remarks>
/// The folder is watched rather than the file, so that every way of replacing the file is seen: an in-place
/// write (Changed), a delete then create (Created), and an atomic write-then-rename-over, as
/// <see cref="CommentClassifier.Save(string)"/> does (Renamed, with the model file as the new name).
/// Every event restarts the debounce timer; the callback never runs twice at once.
/// </remarks>
internal sealed class ModelFileWatcher : IDisposable
{
    private readonly string _fullPath;
    private readonly TimeSpan _debounce;
    private readonly Action<string> _onQuiet;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private string _pendingTrigger = "a file change";
    private bool _disposed;

    public ModelFileWatcher(string fullPath, TimeSpan debounce, Action<string> onQuiet, ILogger logger)
    {
        _fullPath = fullPath;
        _debounce = debounce;
        _onQuiet = onQuiet;
        _logger = logger;
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(fullPath)!)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Renamed += OnRenamed;
        _watcher.Deleted += OnDeleted;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        Log.Watching(logger, fullPath, debounce);
    }

    private bool IsModel(string? path) => path is not null && string.Equals(path, _fullPath, StringComparison.Ordinal);

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsModel(e.FullPath))
        {
            Schedule(e.ChangeType == WatcherChangeTypes.Created ? "the file was created" : "the file changed");
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (IsModel(e.FullPath))
        {
            Schedule("a new file was renamed over it");
        }
        else if (IsModel(e.OldFullPath))
        {
            Log.ModelDeleted(_logger, _fullPath);
        }
    }

    private void OnDeleted(object sender, FileSystemEventArgs e)
    {
        if (IsModel(e.FullPath))
        {
            Log.ModelDeleted(_logger, _fullPath);
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // An overflowing event buffer loses events: reload once to be sure the newest file is served.
        Log.WatcherFailed(_logger, e.GetException(), _fullPath);
        Schedule("a file watcher error");
    }

    private void Schedule(string trigger)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pendingTrigger = trigger;
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        string trigger;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            trigger = _pendingTrigger;
        }

        _onQuiet(trigger);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        _timer.Dispose();
    }
}
