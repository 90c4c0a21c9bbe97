using System.Reflection;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Tests;

public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(AimbaseClient).Assembly.GetExportedTypes();

    [Fact]
    public void PublicAsyncMethods_TakeAnOptionalCancellationTokenLast()
    {
        var methods = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            var last = m.GetParameters().LastOrDefault();
            Assert.True(last?.ParameterType == typeof(CancellationToken) && last.HasDefaultValue, $"{m.DeclaringType}.{m.Name}");
        });
    }

    [Fact]
    public void ResultTypes_ExposeOnlyReadOnlyCollections()
    {
        var collections = new[] { typeof(AimbaseCreateLeadsResult), typeof(AimbaseLeadResult) }
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .ToList();

        Assert.NotEmpty(collections);
        Assert.All(collections, p => Assert.True(
            p.PropertyType.IsGenericType
                && p.PropertyType.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>))
                && p.SetMethod is null,
            p.Name));
    }

    [Fact]
    public void ClientMethods_AreVirtualForMocking()
    {
        var method = typeof(AimbaseClient).GetMethod(nameof(AimbaseClient.CreateLeadsAsync))!;

        Assert.True(method.IsVirtual && !method.IsFinal);
        Assert.NotNull(typeof(AimbaseClient).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
    }
}
