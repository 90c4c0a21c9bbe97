using System.Reflection;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecConventionTests
{
    private static readonly Type[] PublicTypes = typeof(LeadExecClient).Assembly.GetExportedTypes();

    [Fact]
    public void PublicAsyncMethods_TakeCancellationTokenLastWithDefault()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last, HasDefaultValue: true }] || last != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Results_ExposeOnlyReadOnlyCollections()
    {
        var results = PublicTypes
            .Where(t => t.Namespace == "Leads.Sdk.LeadExec.Models" && (t.Name.EndsWith("Result", StringComparison.Ordinal) || t.Name == "LeadExecQueueStatus"))
            .ToList();
        var offenders = results
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType
                        && p.PropertyType.GetGenericTypeDefinition() is var definition
                        && definition != typeof(IReadOnlyList<>) && definition != typeof(IReadOnlyDictionary<,>)
                        && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Equal(6, results.Count);
        Assert.Empty(offenders);
    }
}
