using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Engage.Classifier.Hosting.Tests.Support;

/// <summary>Broken model files made from a good one.</summary>
public static class BadModels
{
    public static byte[] Make(string kind, byte[] good) => kind switch
    {
        "empty" => [],
        "truncated" => good[..(good.Length / 2)],
        "corrupt" => Corrupt(good),
        "random" => Random(good.Length),
        "future" => WithFormatVersion(good, 99),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind of bad model"),
    };

    /// <summary>Flips bytes in the middle of the file, where the compressed entries are.</summary>
    public static byte[] Corrupt(byte[] good)
    {
        byte[] bytes = (byte[])good.Clone();
        for (int i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        return bytes;
    }

    public static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(12345).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Rewrites manifest.json's FormatVersion; the manifest hashes only the other entries, so the file stays consistent.</summary>
    public static byte[] WithFormatVersion(byte[] good, int version)
    {
        using var buffer = new MemoryStream();
        buffer.Write(good);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            ZipArchiveEntry manifest = zip.GetEntry("manifest.json") ?? throw new InvalidOperationException("the model has no manifest.json");
            JsonNode json;
            using (Stream read = manifest.Open())
            {
                json = JsonNode.Parse(read) ?? throw new InvalidOperationException("empty manifest");
            }

            json["FormatVersion"] = version;
            manifest.Delete();
            ZipArchiveEntry replaced = zip.CreateEntry("manifest.json");
            using Stream write = replaced.Open();
            using var writer = new System.Text.Json.Utf8JsonWriter(write);
            json.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
