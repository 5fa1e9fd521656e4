using CsvHelper;

namespace Engage.Classifier;

/// <summary>
/// The current record of a <see cref="CsvRows.Read"/> enumeration, read by column name. One instance serves every
/// record: a field is read from the parser when asked for, so a value must be read before the enumeration moves on,
/// and no dictionary or string is made for a column nobody reads.
/// </summary>
internal sealed class CsvFields
{
    private readonly IParser _parser;
    private readonly Dictionary<string, int> _columns;

    /// <param name="parser">The parser positioned on the current record.</param>
    /// <param name="columns">The index of each known column in the header, -1 for an absent optional one.</param>
    public CsvFields(IParser parser, Dictionary<string, int> columns)
    {
        _parser = parser;
        _columns = columns;
    }

    /// <summary>The field of column <paramref name="name"/> in the current record, or <see langword="null"/> when the file has no such column.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="name"/> was not one of the columns asked for.</exception>
    public string? this[string name] => _columns[name] is int index and >= 0 ? _parser[index] : null;

    /// <summary>Whether the file has any of the <paramref name="names"/> columns (each one asked for).</summary>
    public bool HasAny(string[] names)
    {
        foreach (string name in names)
        {
            if (_columns[name] >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
