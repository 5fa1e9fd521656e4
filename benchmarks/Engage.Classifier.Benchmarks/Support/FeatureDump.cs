using System.Security.Cryptography;
using Engage.Classifier.Signals;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>
/// <c>features comments.csv [posts.csv] out.bin</c>: featurizes every comment of a CSV file as serving does and writes,
/// per comment, the bits of every dense signal, the hashed n-gram buckets and the word counts, then prints the count
/// and the file's SHA-256. Two builds that write the same file compute the same features, bit for bit (what a speed
/// change to the featurizer must keep; <c>benchmarks/scripts/feature-parity.sh</c> compares two revisions). No model
/// is needed: the text models' scores are left out, their input (the buckets) is in.
/// </summary>
internal static class FeatureDump
{
    public const string Command = "features";

    public static int Run(string[] args)
    {
        if (args.Length is not (3 or 4))
        {
            Console.Error.WriteLine("usage: features <comments.csv> [posts.csv] <out.bin>");
            return 2;
        }

        string comments = args[1];
        IReadOnlyDictionary<string, Post>? posts = args.Length == 4 ? CommentCsv.ReadPosts(args[2]) : null;
        string output = args[^1];
        var workspace = FeatureWorkspace.Current;
        long count = 0;
        using (var writer = new BinaryWriter(File.Create(output)))
        {
            foreach (CommentRecord record in CommentCsv.ReadComments(comments, posts))
            {
                if (string.IsNullOrWhiteSpace(record.Comment.Text))
                {
                    continue;
                }

                CommentFeaturizer.Featurize(record.Comment, workspace);
                foreach (float value in workspace.Signals)
                {
                    writer.Write(BitConverter.SingleToInt32Bits(value));
                }

                writer.Write(workspace.Grams.Count);
                foreach (int bucket in workspace.Grams.Buckets)
                {
                    writer.Write(bucket);
                }

                writer.Write(workspace.Words.Count);
                writer.Write(workspace.Words.Distinct);
                count++;
            }
        }

        using FileStream written = File.OpenRead(output);
        Console.WriteLine($"{count} comments featurized, {FeatureLayout.SignalCount} signals each; sha256 {Convert.ToHexString(SHA256.HashData(written))}");
        return 0;
    }
}
