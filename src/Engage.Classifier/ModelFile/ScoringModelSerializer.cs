using System.Runtime.InteropServices;
using System.Buffers.Binary;
using Engage.Classifier.Scoring;
using Engage.Classifier.Signals;
using Engage.Classifier.TextModel;

namespace Engage.Classifier.ModelFile;

/// <summary>Reads and writes the compiled scoring model (the "scoring.bin" entry of a model file).</summary>
internal static class ScoringModelSerializer
{
    private const int Magic = 0x45474353; // "SCGE"

    /// <summary>Most trees read from one ensemble (FastTree models here have a few hundred).</summary>
    private const int MaxTrees = 100_000;

    /// <summary>Most internal nodes read from one tree.</summary>
    private const int MaxNodes = 1 << 16;

    public static void Write(ScoringModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(HashedGrams.Dimension);
        writer.Write(FeatureLayout.Count);
        writer.Write(model.Text.HasFiller);
        writer.Write(model.Text.SpamBias);
        writer.Write(model.Text.FillerBias);
        WriteFloats(writer, Enumerable.Range(0, HashedGrams.Dimension).Select(model.Text.SpamWeight).ToArray());
        if (model.Text.HasFiller)
        {
            WriteFloats(writer, Enumerable.Range(0, HashedGrams.Dimension).Select(model.Text.FillerWeight).ToArray());
        }

        WriteEnsemble(writer, model.SpamTrees, model.SpamCalibration);
        writer.Write(model.FillerTrees is not null);
        if (model.FillerTrees is not null)
        {
            WriteEnsemble(writer, model.FillerTrees, model.FillerCalibration);
        }

        foreach (float value in model.Reference)
        {
            writer.Write(value);
        }
    }

    public static ScoringModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("the scoring entry does not start with the expected marker");
        }

        int dimension = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        if (dimension != HashedGrams.Dimension || featureCount != FeatureLayout.Count)
        {
            throw new InvalidDataException($"the scoring entry was made for {dimension} text buckets and {featureCount} features, this version uses {HashedGrams.Dimension} and {FeatureLayout.Count}");
        }

        bool hasFiller = reader.ReadBoolean();
        float spamBias = reader.ReadSingle();
        float fillerBias = reader.ReadSingle();
        float[] spam = ReadFloats(reader, dimension);
        float[]? filler = hasFiller ? ReadFloats(reader, dimension) : null;
        var text = new LinearTextModel(spam, spamBias, filler, fillerBias);
        (TreeEnsemble spamTrees, PlattCalibration spamCalibration) = ReadEnsemble(reader);
        TreeEnsemble? fillerTrees = null;
        PlattCalibration fillerCalibration = default;
        if (reader.ReadBoolean())
        {
            (fillerTrees, fillerCalibration) = ReadEnsemble(reader);
        }

        float[] reference = ReadFloats(reader, featureCount);
        return new ScoringModel(text, spamTrees, spamCalibration, fillerTrees, fillerCalibration, reference);
    }

    private static void WriteEnsemble(BinaryWriter writer, TreeEnsemble ensemble, PlattCalibration calibration)
    {
        writer.Write(calibration.Slope);
        writer.Write(calibration.Offset);
        writer.Write(ensemble.Bias);
        writer.Write(ensemble.Trees.Count);
        foreach (TreeEnsemble.Tree tree in ensemble.Trees)
        {
            writer.Write(tree.Weight);
            writer.Write(tree.SplitFeature.Length);
            for (int i = 0; i < tree.SplitFeature.Length; i++)
            {
                writer.Write(tree.SplitFeature[i]);
                writer.Write(tree.Threshold[i]);
                writer.Write(tree.Left[i]);
                writer.Write(tree.Right[i]);
            }

            writer.Write(tree.LeafValues.Length);
            foreach (double leaf in tree.LeafValues)
            {
                writer.Write(leaf);
            }
        }
    }

    private static (TreeEnsemble Ensemble, PlattCalibration Calibration) ReadEnsemble(BinaryReader reader)
    {
        var calibration = new PlattCalibration(reader.ReadDouble(), reader.ReadDouble());
        double bias = reader.ReadDouble();
        int treeCount = ReadCount(reader, MaxTrees);
        var trees = new TreeEnsemble.Tree[treeCount];
        for (int t = 0; t < treeCount; t++)
        {
            double weight = reader.ReadDouble();
            int nodes = ReadCount(reader, MaxNodes);
            var feature = new int[nodes];
            var threshold = new float[nodes];
            var left = new int[nodes];
            var right = new int[nodes];
            for (int i = 0; i < nodes; i++)
            {
                feature[i] = reader.ReadInt32();
                threshold[i] = reader.ReadSingle();
                left[i] = reader.ReadInt32();
                right[i] = reader.ReadInt32();
            }

            int leafCount = ReadCount(reader, MaxNodes + 1);
            var leaves = new double[leafCount];
            for (int i = 0; i < leafCount; i++)
            {
                leaves[i] = reader.ReadDouble();
            }

            Validate(feature, left, right, leafCount);
            trees[t] = new TreeEnsemble.Tree(weight, feature, threshold, left, right, leaves);
        }

        return (new TreeEnsemble(trees, bias), calibration);
    }

    private static void Validate(int[] feature, int[] left, int[] right, int leafCount)
    {
        if (leafCount != feature.Length + 1)
        {
            throw new InvalidDataException("a tree has a leaf count that does not match its nodes");
        }

        for (int i = 0; i < feature.Length; i++)
        {
            if (feature[i] < 0 || feature[i] >= FeatureLayout.Count || !IsChild(left[i], feature.Length, leafCount) || !IsChild(right[i], feature.Length, leafCount))
            {
                throw new InvalidDataException("a tree node points outside its tree");
            }
        }

        // Every node must be reached exactly once from the root, or scoring could loop.
        if (feature.Length == 0)
        {
            return;
        }

        var seen = new bool[feature.Length];
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.Count > 0)
        {
            int node = pending.Pop();
            if (seen[node])
            {
                throw new InvalidDataException("a tree has a cycle");
            }

            seen[node] = true;
            foreach (int child in (int[])[left[node], right[node]])
            {
                if (child >= 0)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool IsChild(int child, int nodes, int leaves) => child >= 0 ? child < nodes : ~child < leaves;

    private static int ReadCount(BinaryReader reader, int max)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > max)
        {
            throw new InvalidDataException($"a count of {count} is out of range");
        }

        return count;
    }

    /// <summary>Reads little-endian floats in one block (a per-value read is slow for the 2^17 text weights).</summary>
    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        byte[] bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new EndOfStreamException("the scoring entry ends early");
        }

        var values = new float[count];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(bytes).CopyTo(values);
            return values;
        }

        for (int i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return values;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        writer.Write(bytes);
    }
}
