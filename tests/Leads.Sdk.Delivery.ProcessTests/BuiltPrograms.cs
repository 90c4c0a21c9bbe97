namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>Where the emulator host and the delivery worker were built (the project references build them first).</summary>
internal static class BuiltPrograms
{
    // This assembly runs from <repo>/tests/Leads.Sdk.Delivery.ProcessTests/bin/<Configuration>/net10.0/.
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    private static readonly string Configuration = Output.Parent!.Name;

    private static readonly string RepoRoot = FindRepoRoot();

    public static string EmulatorHost => Program("samples", "Leads.Sdk.Emulator.Host");

    public static string DeliveryWorker => Program("tests", "Leads.Sdk.Delivery.Worker");

    private static string Program(string folder, string name)
    {
        var path = Path.Combine(RepoRoot, folder, name, "bin", Configuration, "net10.0", name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {name} first ({Configuration}).", path);
    }

    private static string FindRepoRoot()
    {
        for (var folder = Output; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Leads.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Leads.Sdk.sln not found above " + Output.FullName);
    }
}
