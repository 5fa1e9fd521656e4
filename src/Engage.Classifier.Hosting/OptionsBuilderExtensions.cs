using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>The one way the registrations apply an optional configure action.</summary>
internal static class OptionsBuilderExtensions
{
    public static void ConfigureIfGiven<T>(this OptionsBuilder<T> options, Action<T>? configure)
        where T : class
    {
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }
}
