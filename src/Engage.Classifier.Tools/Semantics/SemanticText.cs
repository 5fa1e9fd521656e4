using Engage.Classifier.Text;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>Text as the library's featurizer sees it (HTML removed, NFKC, look-alikes folded), for counting and measuring.</summary>
internal static class SemanticText
{
    public static string Normalize(string text)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        return normalized.Text.ToString();
    }
}
