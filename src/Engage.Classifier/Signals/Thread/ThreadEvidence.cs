namespace Engage.Classifier.Signals.Thread;

/// <summary>How a comment compares with the earlier comments of its thread (<see cref="ThreadMemory.Compare"/>).</summary>
/// <param name="CopiedId">The <see cref="Comment.Id"/> of the earlier comment that shares most of this one's word 4-grams (null without id or without one).</param>
/// <param name="CopiedPosition">Its 1-based position in the thread (0: none).</param>
/// <param name="CopiedShare">Share of this comment's distinct word 4-grams found in it, 0 to 1.</param>
/// <param name="SimilarId">The <see cref="Comment.Id"/> of the earlier comment closest in meaning.</param>
/// <param name="SimilarPosition">Its 1-based position in the thread (0: none, or this comment's meaning is unreadable).</param>
/// <param name="Similarity">The cosine of the two static embeddings (0 when there is none).</param>
internal readonly record struct ThreadEvidence(string? CopiedId, int CopiedPosition, float CopiedShare, string? SimilarId, int SimilarPosition, float Similarity);
