using System.Collections.Frozen;

namespace Engage.Classifier;

/// <summary>
/// Names a writer may give a column by mistake (<see cref="CsvRows.Read"/>): such a column in a header without the column
/// meant fails, with a message that says what the file is, what the column meant holds and what it is called, rather
/// than being ignored like any other column.
/// </summary>
/// <param name="Rows">What the file holds, as the message calls it ("posts").</param>
/// <param name="Column">The column meant ("url").</param>
/// <param name="Holds">What the column meant holds ("the post's own address").</param>
/// <param name="Names">The names given by mistake, lower case.</param>
internal sealed record MisnamedColumns(string Rows, string Column, string Holds, FrozenSet<string> Names)
{
    /// <summary>The failure for a header that has <paramref name="name"/> and not <see cref="Column"/>.</summary>
    public ClassifierDataException Failure(CsvSource source, string name) => new(
        $"Cannot read {Rows} '{source.Name}': its column '{name}' is not read; {Holds} goes in a column named '{Column}'.",
        source.FilePath,
        1);
}
