using Engage.Classifier.Internal;

namespace Engage.Classifier.Cli.Commands;

/// <summary>Reads <c>--post-url</c>: the post's own address, absolute <c>http</c> or <c>https</c>, as <see cref="Post.Url"/> takes it.</summary>
internal static class PostAddressOption
{
    /// <summary>The address, or <see langword="null"/> when <paramref name="value"/> is missing or not an absolute http or https address.</summary>
    public static Uri? Parse(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out Uri? url) && Guard.IsHttpAddress(url) ? url : null;
}
