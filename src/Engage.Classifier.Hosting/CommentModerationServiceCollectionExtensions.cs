using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>Registers <see cref="ICommentModerator"/>: moderation actions over a registered comment classifier.</summary>
public static class CommentModerationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICommentModerator"/> as a singleton over the unkeyed <see cref="ICommentClassifierProvider"/>
    /// (register it with <c>AddCommentClassifier</c>). The options are validated when the host starts; a changed policy or
    /// shadow mode applies to the next call.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddCommentClassifier(builder.Configuration.GetSection(CommentClassifierOptions.SectionName));
    /// builder.Services.AddCommentModeration(options =>
    /// {
    ///     options.ShadowMode = true;
    ///     options.Policy = new ModerationOptions { LowRelevanceAction = ModerationAction.Hold };
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddCommentModeration(this IServiceCollection services, Action<CommentModerationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        Register(services, Options.DefaultName, options => options.ConfigureIfGiven(configure));
        return services;
    }

    /// <summary>Registers <see cref="ICommentModerator"/> with the default options (the default policy, acting).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCommentModeration(this IServiceCollection services) => services.AddCommentModeration(configure: null);

    /// <summary>
    /// Registers <see cref="ICommentModerator"/> as <see cref="AddCommentModeration(IServiceCollection, Action{CommentModerationOptions}?)"/>
    /// does, with the options bound to a configuration section (keys <c>ShadowMode</c>, <c>Policy:RejectThreshold</c>,
    /// <c>Policy:LowRelevanceAction</c>, <c>Policy:HoldLinkbacks</c>, <c>Policy:KnownAuthorApprovedCount</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, e.g. <c>builder.Configuration.GetSection("CommentModeration")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddCommentModeration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Register(services, Options.DefaultName, options => options.Bind(configuration));
        return services;
    }

    /// <summary>
    /// Registers one more <see cref="ICommentModerator"/>, keyed, over the classifier registered under the same key with
    /// <c>AddKeyedCommentClassifier</c>, with options of its own (named <paramref name="serviceKey"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key of the classifier, e.g. a site name. Not empty.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="serviceKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedCommentModeration(this IServiceCollection services, string serviceKey, Action<CommentModerationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        Register(services, serviceKey, options => options.ConfigureIfGiven(configure));
        return services;
    }

    /// <summary>Registers a keyed <see cref="ICommentModerator"/> with its options bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key of the classifier, e.g. a site name. Not empty.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="serviceKey"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedCommentModeration(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configuration);
        Register(services, serviceKey, options => options.Bind(configuration));
        return services;
    }

    private static void Register(IServiceCollection services, string name, Action<OptionsBuilder<CommentModerationOptions>> bind)
    {
        OptionsBuilder<CommentModerationOptions> options = services.AddOptions<CommentModerationOptions>(name);
        bind(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommentModerationOptions>, CommentModerationOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ClassifierMetrics>();
        if (name.Length == 0)
        {
            services.TryAddSingleton<ICommentModerator>(provider => Create(provider, name));
        }
        else if (!services.Any(d => d.ServiceType == typeof(ICommentModerator) && Equals(d.ServiceKey, name)))
        {
            services.AddKeyedSingleton<ICommentModerator>(name, (provider, _) => Create(provider, name));
        }
    }

    private static CommentModerator Create(IServiceProvider provider, string name)
    {
        ICommentClassifierProvider classifier = (name.Length == 0 ? provider.GetService<ICommentClassifierProvider>() : provider.GetKeyedService<ICommentClassifierProvider>(name))
            ?? throw new InvalidOperationException(name.Length == 0
                ? "AddCommentModeration needs a comment classifier: call services.AddCommentClassifier(...) as well."
                : $"AddKeyedCommentModeration(\"{name}\") needs a comment classifier with the same key: call services.AddKeyedCommentClassifier(\"{name}\", ...) as well.");
        return new CommentModerator(
            name,
            classifier,
            provider.GetRequiredService<IOptionsMonitor<CommentModerationOptions>>(),
            provider.GetRequiredService<ClassifierMetrics>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<CommentModerator>());
    }
}
