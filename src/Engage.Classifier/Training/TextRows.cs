using Engage.Classifier.TextModel;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Engage.Classifier.Training;

/// <summary>
/// The text models' training rows as an ML.NET data view that reads the featurized rows in place. L-BFGS on one thread
/// streams its data once per function evaluation (about two hundred passes a fit); through
/// <c>LoadFromEnumerable</c> each pass made an object per row and copied its sparse vector, here a pass hands out the
/// rows' own arrays (<see cref="FeaturizedComment.SparseTextVector"/>), which the trainer only reads. The schema is
/// <see cref="TextExample"/>'s, as <c>LoadFromEnumerable</c> gives it, so the saved model is the same byte for byte.
/// </summary>
internal sealed class TextRows : IDataView
{
    private readonly (FeaturizedComment Row, bool Label, float Weight)[] _rows;

    public TextRows(MLContext ml, IEnumerable<(FeaturizedComment Row, bool Label, float Weight)> rows)
    {
        _rows = rows.ToArray();
        Schema = ml.Data.LoadFromEnumerable(Array.Empty<TextExample>()).Schema;
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rows.Length;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    /// <summary>Walks the rows in order; every column is always available.</summary>
    private sealed class Cursor(TextRows rows) : DataViewRowCursor
    {
        private long _position = -1;

        public override DataViewSchema Schema => rows.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        private ref readonly (FeaturizedComment Row, bool Label, float Weight) Current => ref rows._rows[_position];

        public override bool MoveNext()
        {
            if (_position + 1 >= rows._rows.Length)
            {
                _position = rows._rows.Length;
                return false;
            }

            _position++;
            return true;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override ValueGetter<DataViewRowId> GetIdGetter() => (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter = column.Name switch
            {
                ColumnNames.Label => (ValueGetter<bool>)((ref bool value) => value = Current.Label),
                ColumnNames.Features => (ValueGetter<VBuffer<float>>)((ref VBuffer<float> value) => value = Current.Row.SparseTextVector),
                ColumnNames.Weight => (ValueGetter<float>)((ref float value) => value = Current.Weight),
                _ => throw new ArgumentOutOfRangeException(nameof(column), column.Name, "The text rows have no such column."),
            };
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"Column '{column.Name}' is {column.Type}, not {typeof(TValue).Name}.");
        }
    }
}
