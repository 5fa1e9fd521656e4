using System.Text;

namespace Engage.Classifier.Cli.Input;

/// <summary>Resolves <c>--encoding</c> names, legacy code pages included (windows-1252, iso-8859-1, ...).</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named, or <see langword="null"/> when the name is unknown.</summary>
    public static Encoding? Find(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
