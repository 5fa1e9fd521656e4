using System.Diagnostics;

namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c> in headless mode (installed by .ci/run when missing), run on a local file with no network,
/// no sandbox (the tests may run as root) and a fresh profile, printing the DOM after the page has loaded.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Why the browser tests cannot run here, or <see langword="null"/> when a browser was found.</summary>
    public static string? Missing => Find() is null
        ? "Chromium is not installed: no 'chromium', 'chromium-browser' or 'google-chrome' on PATH and ENGAGE_CHROMIUM is not set (.ci/run installs it with 'apt-get install chromium')."
        : null;

    /// <summary>The browser's path: <c>$ENGAGE_CHROMIUM</c>, else the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ENGAGE_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Loads <paramref name="htmlFile"/>, lets its scripts run, and returns the serialized DOM.</summary>
    /// <exception cref="InvalidOperationException">The browser failed or timed out.</exception>
    public static string DumpDom(string htmlFile, string profileFolder)
    {
        string browser = Find() ?? throw new InvalidOperationException(Missing);
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profileFolder}", "--virtual-time-budget=10000",
            "--dump-dom", new Uri(htmlFile).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {browser}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{browser} did not finish within {Timeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{browser} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }
}
