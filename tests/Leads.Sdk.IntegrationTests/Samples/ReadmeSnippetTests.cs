using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Leads.Sdk.IntegrationTests.Build;
using Leads.Sdk.Samples;

namespace Leads.Sdk.IntegrationTests.Samples;

/// <summary>
/// README code compiles as written: every C# block of README.md and src/*/README.md appears verbatim in a file of
/// samples/Leads.Sdk.Samples/Snippets/ that the samples project compiles. Verbatim means the same lines in the same
/// order, each compared without its indentation and trailing spaces; the block's leading <c>using</c> directives may
/// sit at the top of the file, where C# wants them.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private const string SnippetsFolder = "samples/Leads.Sdk.Samples/Snippets/";

    [Fact]
    public void CSharpBlocks_EveryReadme_AppearInACompiledSnippetFile()
    {
        var root = RepositoryLayoutTests.FindRepositoryRoot();
        var readmes = Directory.GetFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(root, "README.md"))
            .ToList();
        var compiled = CompiledSnippetFiles(root);
        var notCompiled = Directory.GetFiles(Path.Combine(root, SnippetsFolder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Except(compiled.Keys)
            .ToList();

        var blocks = readmes.SelectMany(readme => CSharpBlocks(Path.GetRelativePath(root, readme).Replace('\\', '/'), File.ReadAllText(readme))).ToList();
        var missing = blocks
            .Where(block => !compiled.Values.Any(file => Contains(file, block.Lines)))
            .Select(block => $"{block.Source}:{block.Line} ('{block.Lines.First(l => l.Length > 0)}')")
            .ToList();

        Assert.NotEmpty(compiled);
        Assert.True(blocks.Count >= readmes.Count, $"Found only {blocks.Count} C# blocks in {readmes.Count} READMEs: the block scan is broken.");
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} of {blocks.Count} README C# blocks appear in no compiled file of {SnippetsFolder}"
            + (notCompiled.Count > 0 ? $" (not compiled: {string.Join(", ", notCompiled)})" : string.Empty)
            + ":\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Contains_BlockWithUsingsAndIndentation_MatchesOnlyTheSameLinesInOrder()
    {
        string[] file = Normalize("""
            using Leads.Sdk.Emulator;
            using Microsoft.Extensions.DependencyInjection;

            namespace Snippets;

            internal static class Example
            {
                public static void Run()
                {
                    var a = 1;
                    var b = 2;
                }
            }
            """);

        Assert.True(Contains(file, Normalize("using Leads.Sdk.Emulator;\n\nvar a = 1;\n  var b = 2;  ")));
        Assert.False(Contains(file, Normalize("var b = 2;\nvar a = 1;")));
        Assert.False(Contains(file, Normalize("using Leads.Sdk.Other;\nvar a = 1;")));
        Assert.False(Contains(file, Normalize("var a = 1;\nvar c = 3;")));
    }

    private static bool Contains(string[] file, string[] block)
    {
        var usings = block.TakeWhile(l => l.Length == 0 || UsingDirective().IsMatch(l)).Where(l => l.Length > 0).ToList();
        var body = block.SkipWhile(l => l.Length == 0 || UsingDirective().IsMatch(l)).ToArray();
        if (!usings.All(file.Contains))
        {
            return false;
        }

        for (var start = 0; start + body.Length <= file.Length; start++)
        {
            if (file.AsSpan(start, body.Length).SequenceEqual(body))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Source, int Line, string[] Lines)> CSharpBlocks(string source, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() is "```csharp" or "```cs" or "```c#")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                Assert.True(end > i, $"{source}:{i + 1}: unterminated code block");
                yield return (source, i + 1, Normalize(string.Join("\n", lines[(i + 1)..end])));
                i = end;
            }
        }
    }

    private static string[] Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return [.. lines];
    }

    // The files the samples assembly was compiled from, as its PDB lists them: a file left out of the build (or not yet
    // built) does not count. The PDB's paths may be mapped (/_/ under ContinuousIntegrationBuild) or absolute in any
    // clone, so each is read back from this repository by its path under the snippets folder.
    private static Dictionary<string, string[]> CompiledSnippetFiles(string root)
    {
        var assembly = typeof(SampleRunner).Assembly.Location;
        var pdb = Path.ChangeExtension(assembly, ".pdb");
        using var peReader = new PEReader(File.OpenRead(assembly));
        using var provider = File.Exists(pdb)
            ? MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb))
            : peReader.ReadEmbeddedPortablePdbDebugDirectoryData(peReader.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb));
        var reader = provider.GetMetadataReader();
        var files = new Dictionary<string, string[]>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name).Replace('\\', '/');
            var at = name.IndexOf("/" + SnippetsFolder, StringComparison.Ordinal);
            if (at >= 0 && name.EndsWith(".cs", StringComparison.Ordinal))
            {
                var relative = name[(at + 1)..];
                files[relative] = Normalize(File.ReadAllText(Path.Combine(root, relative)));
            }
        }

        return files;
    }

    [GeneratedRegex(@"^using (static )?[\w.]+( = [\w.<>, ]+)?;$")]
    private static partial Regex UsingDirective();
}
