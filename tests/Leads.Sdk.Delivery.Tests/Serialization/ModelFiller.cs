using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Leads.Sdk.Delivery.Tests.Serialization;

/// <summary>
/// Test helpers (reflection is fine in tests): fill every settable property of a request model with a distinct,
/// non-default value, and compare two models property by property. A property added to a model later is covered
/// without changing the tests.
/// </summary>
internal static class ModelFiller
{
    private static readonly DateTimeOffset Date = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567);

    public static T Fill<T>(T model)
        where T : notnull
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite && property.SetMethod!.IsPublic && property.GetIndexParameters().Length == 0)
            {
                property.SetValue(model, ValueFor(property.PropertyType, property.Name));
            }
        }

        return model;
    }

    public static void AssertSame(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        switch (expected)
        {
            case string or bool or int or long or decimal or double or Guid or DateOnly or TimeSpan or Enum or Uri:
                Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
                return;
            case DateTimeOffset date:
                var other = (DateTimeOffset)actual;
                Assert.True(date.Equals(other) && date.Offset == other.Offset, $"{path}: expected {date:O}, got {other:O}");
                return;
            case DateTime dateTime:
                var otherTime = (DateTime)actual;
                Assert.True(dateTime == otherTime && dateTime.Kind == otherTime.Kind, $"{path}: expected {dateTime:O}, got {otherTime:O}");
                return;
            case JsonNode node:
                Assert.Equal(node.ToJsonString(), ((JsonNode)actual).ToJsonString());
                return;
            case IDictionary dictionary:
                var otherDictionary = (IDictionary)actual;
                Assert.Equal(dictionary.Keys.Cast<object>().Select(k => k.ToString()), otherDictionary.Keys.Cast<object>().Select(k => k.ToString()));
                foreach (var key in dictionary.Keys)
                {
                    AssertSame(dictionary[key], otherDictionary[key], $"{path}[{key}]");
                }

                return;
            case IEnumerable sequence:
                var left = sequence.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, got {right.Count}");
                for (var i = 0; i < left.Count; i++)
                {
                    AssertSame(left[i], right[i], $"{path}[{i}]");
                }

                return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            }
        }
    }

    private static object? ValueFor(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return $"{name} é \"q\" 🚀";
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying == typeof(int))
        {
            return 2024;
        }

        if (underlying == typeof(long))
        {
            return 9_000_000_001L;
        }

        if (underlying == typeof(decimal))
        {
            return 12.345m;
        }

        if (underlying == typeof(double))
        {
            return 0.1 + 0.2;
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return Date;
        }

        if (underlying == typeof(DateOnly))
        {
            return new DateOnly(2024, 2, 29);
        }

        if (underlying == typeof(Guid))
        {
            return new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        }

        if (underlying.IsEnum)
        {
            // The last value: never the default.
            return Enum.GetValues(underlying).Cast<object>().Last();
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IList<>))
        {
            var item = underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(ValueFor(item, name + "Item"));
            return list;
        }

        if (underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is { } constructor)
        {
            return Fill(constructor.Invoke(null));
        }

        throw new NotSupportedException($"No test value for {underlying} ({name}).");
    }
}
