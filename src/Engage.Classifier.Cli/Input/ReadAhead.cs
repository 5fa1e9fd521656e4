using System.Collections.Concurrent;

namespace Engage.Classifier.Cli.Input;

/// <summary>
/// Reads a sequence in chunks on a background task, up to a few chunks ahead of the consumer, so that reading (and
/// parsing) a file overlaps with whatever the consumer does with the chunks before. The chunks come in order; an
/// exception from the source reaches the consumer after the chunks read before it, as it would reading in line; a
/// consumer that stops early stops the reader.
/// </summary>
internal static class ReadAhead
{
    /// <param name="source">The sequence, enumerated once, on the background task.</param>
    /// <param name="size">Items per chunk (the last may be shorter).</param>
    /// <param name="capacity">Chunks read but not yet taken, at most.</param>
    public static IEnumerable<T[]> Chunks<T>(IEnumerable<T> source, int size, int capacity)
    {
        using var stop = new CancellationTokenSource();
        using var chunks = new BlockingCollection<T[]>(capacity);
        Task reader = Task.Run(() =>
        {
            try
            {
                foreach (T[] chunk in source.Chunk(size))
                {
                    chunks.Add(chunk, stop.Token);
                }
            }
            finally
            {
                chunks.CompleteAdding();
            }
        });

        try
        {
            foreach (T[] chunk in chunks.GetConsumingEnumerable())
            {
                yield return chunk;
            }

            // The source's own exception, if it threw: every chunk before it has been taken.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            // Stop a reader the consumer left behind, and wait for it before the collection goes (WhenAny never throws).
            stop.Cancel();
            Task.WhenAny(reader).GetAwaiter().GetResult();
        }
    }
}
