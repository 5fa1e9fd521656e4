using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>Registers the comment classifier with a dependency-injection container.</summary>
public static class CommentClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICommentClassifierProvider"/> as a singleton serving the default model, or the model
    /// file named by <see cref="CommentClassifierOptions.ModelPath"/>, hot-reloaded when the file is replaced.
    /// </summary>
    /// <remarks>
    /// In a generic host (ASP.NET Core, worker services) the options are validated and the model is loaded when the
    /// host starts, before requests are served; a bad setting or model file stops the host with an exception that
    /// says what to fix. Without a host, both happen when the provider is first resolved. Options are read through
    /// <see cref="IOptionsMonitor{TOptions}"/>: a changed <see cref="CommentClassifierOptions.SpamThreshold"/> applies at once.
    /// Logs through <see cref="ILogger"/> when logging is registered; reports metrics through <see cref="System.Diagnostics.Metrics.IMeterFactory"/>
    /// (see <see cref="CommentClassifierTelemetry"/>). Calling it again adds no second classifier; further
    /// <paramref name="configure"/> actions still apply.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddCommentClassifier(options =>
    /// {
    ///     options.ModelPath = "/var/lib/engage/model.zip";
    /// });
    /// // later, in a handler:
    /// app.MapPost("/classify", (ClassifyRequest request, ICommentClassifierProvider classifier) => classifier.Classify(request.Text));
    /// </code>
    /// </example>
    public static IServiceCollection AddCommentClassifier(this IServiceCollection services, Action<CommentClassifierOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        Register(services, Options.DefaultName, options => options.ConfigureIfGiven(configure));
        return services;
    }

    /// <summary>Registers <see cref="ICommentClassifierProvider"/> with the default options (the embedded default model).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCommentClassifier(this IServiceCollection services) => services.AddCommentClassifier(configure: null);

    /// <summary>
    /// Registers <see cref="ICommentClassifierProvider"/> as <see cref="AddCommentClassifier(IServiceCollection, Action{CommentClassifierOptions}?)"/> does,
    /// with the options bound to a configuration section (keys <c>ModelPath</c>, <c>WatchForChanges</c>, <c>ReloadDebounce</c>,
    /// <c>SpamThreshold</c>). When the configuration reloads, a changed <c>SpamThreshold</c> applies at once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, e.g. <c>builder.Configuration.GetSection("CommentClassifier")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <example>
    /// <code>
    /// // appsettings.json: { "CommentClassifier": { "ModelPath": "/var/lib/engage/model.zip", "SpamThreshold": 0.9 } }
    /// builder.Services.AddCommentClassifier(builder.Configuration.GetSection(CommentClassifierOptions.SectionName));
    /// </code>
    /// </example>
    public static IServiceCollection AddCommentClassifier(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Register(services, Options.DefaultName, options => options.Bind(configuration));
        return services;
    }

    /// <summary>
    /// Registers one more <see cref="ICommentClassifierProvider"/>, as a keyed singleton under <paramref name="serviceKey"/>,
    /// with options of its own (named <paramref name="serviceKey"/>): for an application that serves several sites, each
    /// with its own model or threshold. Resolve it with <c>[FromKeyedServices("key")]</c> or
    /// <see cref="ServiceProviderKeyedServiceExtensions.GetRequiredKeyedService{T}(IServiceProvider, object?)"/>.
    /// Loaded at host start, followed and measured like the unkeyed one (metrics tag <c>engage.classifier.name</c> = the key).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key, e.g. a site name. Not empty.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="serviceKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or white space.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddKeyedCommentClassifier("forum", options => options.ModelPath = "models/forum.zip");
    /// builder.Services.AddKeyedCommentClassifier("news", builder.Configuration.GetSection("Classifiers:News"));
    /// app.MapPost("/forum/classify", (ClassifyRequest request, [FromKeyedServices("forum")] ICommentClassifierProvider classifier) => ...);
    /// </code>
    /// </example>
    public static IServiceCollection AddKeyedCommentClassifier(this IServiceCollection services, string serviceKey, Action<CommentClassifierOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        Register(services, serviceKey, options => options.ConfigureIfGiven(configure));
        return services;
    }

    /// <summary>Registers a keyed <see cref="ICommentClassifierProvider"/> with the default options (the embedded default model).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key, e.g. a site name. Not empty.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="serviceKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedCommentClassifier(this IServiceCollection services, string serviceKey) => services.AddKeyedCommentClassifier(serviceKey, configure: null);

    /// <summary>
    /// Registers a keyed <see cref="ICommentClassifierProvider"/> as <see cref="AddKeyedCommentClassifier(IServiceCollection, string, Action{CommentClassifierOptions}?)"/>
    /// does, with its options bound to a configuration section.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key, e.g. a site name. Not empty.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="serviceKey"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedCommentClassifier(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configuration);
        Register(services, serviceKey, options => options.Bind(configuration));
        return services;
    }

    /// <summary>The one place the pieces are registered: options, validation, the provider, startup loading, metrics.</summary>
    private static void Register(IServiceCollection services, string name, Action<OptionsBuilder<CommentClassifierOptions>> bind)
    {
        OptionsBuilder<CommentClassifierOptions> options = services.AddOptions<CommentClassifierOptions>(name);
        bind(options);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommentClassifierOptions>, CommentClassifierOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ClassifierMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CommentClassifierStartup>());
        if (!Registrations(services).Add(name))
        {
            return;
        }

        options.ValidateOnStart();
        if (name.Length == 0)
        {
            services.AddSingleton<ICommentClassifierProvider>(provider => Create(provider, name));
        }
        else
        {
            services.AddKeyedSingleton<ICommentClassifierProvider>(name, (provider, _) => Create(provider, name));
        }
    }

    private static CommentClassifierProvider Create(IServiceProvider provider, string name) => new(
        name,
        provider.GetRequiredService<IOptionsMonitor<CommentClassifierOptions>>(),
        provider.GetRequiredService<ClassifierMetrics>(),
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<CommentClassifierProvider>());

    private static CommentClassifierRegistrations Registrations(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(CommentClassifierRegistrations))?.ImplementationInstance is CommentClassifierRegistrations existing)
        {
            return existing;
        }

        var registrations = new CommentClassifierRegistrations();
        services.AddSingleton(registrations);
        return registrations;
    }
}
