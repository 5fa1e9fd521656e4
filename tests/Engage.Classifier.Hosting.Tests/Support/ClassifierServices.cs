using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting.Tests.Support;

/// <summary>Builds a service provider the way an application would, with logs captured.</summary>
public static class ClassifierServices
{
    public static ServiceProvider Build(Action<CommentClassifierOptions> configure, ListLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddCommentClassifier(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Waits, up to a bound, until <paramref name="condition"/> holds; polling, never a fixed sleep.</summary>
    public static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        return SpinWait.SpinUntil(condition, timeout);
    }
}
