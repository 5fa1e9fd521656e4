using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting.Tests.Support;

/// <summary>A real generic host, as an ASP.NET Core or worker application builds it, with in-memory configuration and captured logs.</summary>
public sealed class ClassifierHost : IDisposable
{
    private ClassifierHost(IHost host, ListLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => Host.Services;

    /// <summary>The application's configuration, to change settings and <see cref="IConfigurationRoot.Reload"/> as a changed appsettings.json would.</summary>
    public IConfigurationRoot Configuration => (IConfigurationRoot)Host.Services.GetRequiredService<IConfiguration>();

    public static ClassifierHost Build(Action<HostApplicationBuilder> register, IDictionary<string, string?>? settings = null)
    {
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new ListLoggerProvider();
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        register(builder);
        return new ClassifierHost(builder.Build(), logs);
    }

    /// <summary>Sets one configuration value and reloads the configuration, which notifies options monitors.</summary>
    public void ChangeSetting(string key, string? value)
    {
        Configuration[key] = value;
        Configuration.Reload();
    }

    public void Dispose() => Host.Dispose();
}
