using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting;

/// <summary>The hosting package's log messages, with stable event ids. <c>{Name}</c> is the service key, or <c>default</c>.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Comment classifier '{Name}' loaded the default model (trained with Engage.Classifier {TrainedWithVersion}, spam threshold {SpamThreshold}).")]
    public static partial void LoadedDefault(ILogger logger, string name, string trainedWithVersion, double spamThreshold);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Comment classifier '{Name}' loaded model '{ModelPath}' (trained with Engage.Classifier {TrainedWithVersion}, spam threshold {SpamThreshold}).")]
    public static partial void LoadedFile(ILogger logger, string name, string modelPath, string trainedWithVersion, double spamThreshold);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Comment classifier '{Name}' reloaded model '{ModelPath}' after {Trigger}; new calls use it (reload {ReloadCount}).")]
    public static partial void Reloaded(ILogger logger, string name, string modelPath, string trigger, long reloadCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Comment classifier '{Name}' rejected model '{ModelPath}' after {Trigger}; the previous model keeps serving.")]
    public static partial void ReloadRejected(ILogger logger, Exception exception, string name, string modelPath, string trigger);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Comment classifier is watching '{ModelPath}' for changes (debounce {Debounce}).")]
    public static partial void Watching(ILogger logger, string modelPath, TimeSpan debounce);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Comment classifier model '{ModelPath}' was deleted; the loaded model keeps serving until a new file appears.")]
    public static partial void ModelDeleted(ILogger logger, string modelPath);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Comment classifier file watcher for '{ModelPath}' failed; reloading to catch up on missed changes.")]
    public static partial void WatcherFailed(ILogger logger, Exception exception, string modelPath);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "A handler of the comment classifier's {EventName} event threw.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventName);

    [LoggerMessage(EventId = 9, Level = LogLevel.Critical, Message = "Comment classifier '{Name}' cannot load model '{ModelPath}' and has no model to serve.")]
    public static partial void LoadFailed(ILogger logger, Exception exception, string name, string modelPath);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Comment classifier '{Name}' now uses spam threshold {SpamThreshold} ({Source}).")]
    public static partial void ThresholdChanged(ILogger logger, string name, double spamThreshold, string source);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Comment classifier '{Name}': ModelPath, WatchForChanges and ReloadDebounce changes take effect when the application restarts; SpamThreshold changes apply at once.")]
    public static partial void RestartNeeded(ILogger logger, string name);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Comment moderation '{Name}' in shadow mode: label {Label} (spam probability {SpamProbability}) would be {Action}, approved instead. {Reasons}")]
    public static partial void ShadowAction(ILogger logger, string name, string label, double spamProbability, string action, string reasons);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Comment moderation '{Name}' now uses shadow mode {ShadowMode} and policy {Policy}.")]
    public static partial void ModerationChanged(ILogger logger, string name, bool shadowMode, string policy);
}
