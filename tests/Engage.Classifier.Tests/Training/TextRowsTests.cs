using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;
using Engage.Classifier.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Engage.Classifier.Tests.Training;

/// <summary>
/// The text models' rows as ML.NET reads them (<see cref="TextRows"/>): the same rows, in the same order, as loading
/// them with <c>LoadFromEnumerable</c>, so L-BFGS learns the same weights from either.
/// </summary>
public sealed class TextRowsTests
{
    private static readonly (string Text, bool Spam)[] Texts =
    [
        ("The glaze crawled off the rim of my mug in the kiln; was the bisque too dusty?", false),
        ("Wipe the bisque with a damp sponge first, it fixed crawling for me on three batches.", false),
        ("Cone 6 or cone 10 for this clay body? The bag only lists a range.", false),
        ("My wheel wobbles at high speed, I shimmed one leg and it helped a bit.", false),
        ("Best cheap pottery wheels here >>> http://wheels-deal.example/buy now 70% off", true),
        ("Earn 500 a day from home, message me on telegram @fastcash_pots", true),
        ("Visit my shop for discount kilns: www.kiln-outlet.example, free shipping today only!!!", true),
        ("Buy followers for your ceramics page, real and fast, http://grow-fans.example", true),
    ];

    [Fact]
    public void Cursor_ReadsEveryRowInOrderWithItsLabelWeightAndVector()
    {
        var ml = new MLContext(seed: 1);
        (FeaturizedComment Row, bool Label, float Weight)[] rows = Rows();

        var view = new TextRows(ml, rows);

        view.GetColumn<bool>(ColumnNames.Label).Should().Equal(rows.Select(r => r.Label));
        view.GetColumn<float>(ColumnNames.Weight).Should().Equal(rows.Select(r => r.Weight));
        view.GetColumn<VBuffer<float>>(ColumnNames.Features).Select(v => v.GetValues().ToArray())
            .Should().BeEquivalentTo(rows.Select(r => r.Row.TextValues), o => o.WithStrictOrdering());
        view.GetColumn<VBuffer<float>>(ColumnNames.Features).Select(v => v.GetIndices().ToArray())
            .Should().BeEquivalentTo(rows.Select(r => r.Row.TextIndices), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Lbfgs_OnTextRows_LearnsTheWeightsItLearnsFromLoadFromEnumerable()
    {
        (FeaturizedComment Row, bool Label, float Weight)[] rows = Rows();
        var ml = new MLContext(seed: 1);
        IDataView enumerated = ml.Data.LoadFromEnumerable(rows.Select(r => new TextExample { Label = r.Label, Features = r.Row.SparseTextVector, Weight = r.Weight }));

        float[] fromTextRows = Weights(ml, new TextRows(ml, rows));
        float[] fromEnumerable = Weights(ml, enumerated);

        fromTextRows.Should().Equal(fromEnumerable);
        fromTextRows.Should().Contain(w => w != 0, "the model learned something from the rows");
    }

    private static (FeaturizedComment Row, bool Label, float Weight)[] Rows() =>
        [.. Texts.Select((t, i) => (
            FeaturizedComment.Create(new LabeledComment(new Comment(t.Text), t.Spam ? CommentLabel.Spam : CommentLabel.Genuine), new FeatureWorkspace()),
            t.Spam,
            1f + (i % 3)))];

    private static float[] Weights(MLContext ml, IDataView data)
    {
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = ColumnNames.Label,
            FeatureColumnName = ColumnNames.Features,
            ExampleWeightColumnName = ColumnNames.Weight,
            NumberOfThreads = 1,
            L1Regularization = 0,
            L2Regularization = 0.01f,
            MaximumNumberOfIterations = 20,
        });
        var weights = new float[HashedGrams.Dimension];
        trainer.Fit(data).Model.SubModel.Weights.ToArray().CopyTo(weights, 0);
        return weights;
    }
}
