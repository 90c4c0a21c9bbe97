using System.Diagnostics;

namespace Leads.Sdk.IntegrationTests.Build;

/// <summary>
/// Directory.Build.props decides which projects are shipped packages (net8.0;net10.0, public API analyzers). That must
/// depend on where a project sits in the repository, not on the folder the repository was cloned into.
/// </summary>
public sealed class RepositoryLayoutTests
{
    [Fact]
    public async Task DirectoryBuildProps_CloneUnderASrcFolder_OnlyProjectsInTheRepositorysSrcAreShippedPackages()
    {
        var repository = FindRepositoryRoot();
        var clone = Directory.CreateTempSubdirectory("leads-layout-");
        try
        {
            // A very common layout: ~/src/leads-sdk. Every project path then contains /src/.
            var root = Path.Combine(clone.FullName, "src", "leads-sdk");
            Directory.CreateDirectory(root);
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
            {
                File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
            }

            var package = Probe(root, "src", "Probe.Package");
            var test = Probe(root, "tests", "Probe.Tests");
            var sample = Probe(root, "samples", "Probe.Sample");

            Assert.Equal("true", await IsLeadsPackageAsync(package));
            Assert.Equal(string.Empty, await IsLeadsPackageAsync(test));
            Assert.Equal(string.Empty, await IsLeadsPackageAsync(sample));
        }
        finally
        {
            clone.Delete(recursive: true);
        }
    }

    private static string Probe(string root, string folder, string name)
    {
        var directory = Path.Combine(root, folder, name);
        Directory.CreateDirectory(directory);
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, """<Project Sdk="Microsoft.NET.Sdk"></Project>""");
        return project;
    }

    private static async Task<string> IsLeadsPackageAsync(string project)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["msbuild", project, "-getProperty:IsLeadsPackage"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"dotnet msbuild failed for {project}: {output} {error}");

        // A single -getProperty prints the bare value.
        return output.Trim();
    }

    private static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leads.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Leads.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
