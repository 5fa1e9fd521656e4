using CsvHelper;

namespace Engage.Classifier;

/// <summary>
/// The current record of a <see cref="CsvRows.Read"/> enumeration, read by column name. One instance serves every
/// record: a field is read from the reader when asked for, so a value must be read before the enumeration moves on,
/// and no dictionary or string is made for a column nobody reads.
/// </summary>
internal sealed class CsvFields
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns;

    /// <param name="reader">The reader positioned on the current record.</param>
    /// <param name="columns">The index of each known column in the header, -1 for an absent optional one.</param>
    public CsvFields(CsvReader reader, Dictionary<string, int> columns)
    {
        _reader = reader;
        _columns = columns;
    }

    /// <summary>The field of column <paramref name="name"/> in the current record, or <see langword="null"/> when the file has no such column.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="name"/> was not one of the columns asked for.</exception>
    public string? this[string name] => _columns[name] is int index and >= 0 ? _reader.GetString(index) : null;

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
