using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>
/// Loads every registered classifier when the host starts, before the application serves requests: a missing,
/// corrupt or incompatible model file stops the host with the <see cref="ClassifierDataException"/> that says why,
/// instead of failing every classify call later.
/// </summary>
internal sealed class CommentClassifierStartup(IServiceProvider services, CommentClassifierRegistrations registrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (string name in registrations.Names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = Resolve(services, name).Current;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The provider registered under <paramref name="name"/>: unkeyed for <see cref="Options.DefaultName"/>, keyed otherwise.</summary>
    internal static ICommentClassifierProvider Resolve(IServiceProvider services, string name) =>
        name.Length == 0
            ? services.GetRequiredService<ICommentClassifierProvider>()
            : services.GetRequiredKeyedService<ICommentClassifierProvider>(name);
}
