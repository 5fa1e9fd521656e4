using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// The options are validated when the host starts (<c>ValidateOnStart</c>), or else on first resolve; the model is loaded when the
    /// provider is first resolved. Logs through <see cref="ILogger"/> when logging is registered.
    /// </summary>
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
    /// Verdict verdict = app.Services.GetRequiredService&lt;ICommentClassifierProvider&gt;().Classify(comment);
    /// </code>
    /// </example>
    public static IServiceCollection AddCommentClassifier(this IServiceCollection services, Action<CommentClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<CommentClassifierOptions> options = services.AddOptions<CommentClassifierOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommentClassifierOptions>, CommentClassifierOptionsValidator>());
        services.TryAddSingleton<ICommentClassifierProvider>(provider => new CommentClassifierProvider(
            provider.GetRequiredService<IOptions<CommentClassifierOptions>>().Value,
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<CommentClassifierProvider>()));
        return services;
    }
}
