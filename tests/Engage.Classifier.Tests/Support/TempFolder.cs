namespace Engage.Classifier.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("engage-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> to a new file in the folder and returns its path.</summary>
    public string Write(string content, bool byteOrderMark = false)
    {
        string path = File($"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, content, new System.Text.UTF8Encoding(byteOrderMark));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
