namespace Engage.Classifier.Tests.Semantics;

/// <summary>One post with an on-topic comment (no shared content word) and an off-topic comment of the same shape.</summary>
internal sealed record RelevanceCase(string Title, string Text, string OnTopic, string OffTopic);
