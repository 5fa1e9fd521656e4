namespace Engage.Classifier.Features;

/// <summary>Groups of dense features that are explained together in a verdict's reasons.</summary>
internal enum SignalFamily
{
    Links,
    Author,
    ListShape,
    Signature,
    Disguise,
    Contact,
    Shape,
    Filler,
    Relevance,
    Words,
}
