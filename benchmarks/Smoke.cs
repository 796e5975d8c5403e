using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace DynamoGen.Benchmarks;

/// <summary>
/// <c>--smoke</c>: runs every suite's setup (which checks that hand-written and generated code agree) and every
/// benchmark once, with the first value of each parameter, in seconds. A quick check after editing a suite.
/// </summary>
internal static class Smoke
{
    public static int Run()
    {
        var types = typeof(Smoke).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        var failures = 0;
        foreach (var type in types)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
            {
                property.SetValue(instance, property.GetCustomAttribute<ParamsAttribute>()!.Values[0]);
            }

            try
            {
                Invoke<GlobalSetupAttribute>(instance);
                foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    Wait(method.Invoke(instance, null));
                    Console.WriteLine($"ok   {type.Name}.{method.Name}");
                }

                Invoke<GlobalCleanupAttribute>(instance);
            }
            catch (Exception ex)
            {
                failures++;
                Console.WriteLine($"FAIL {type.Name}: {(ex as TargetInvocationException)?.InnerException ?? ex}");
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static void Invoke<TAttribute>(object instance) where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            Wait(method.Invoke(instance, null));
        }
    }

    private static void Wait(object? result)
    {
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case ValueTask valueTask:
                valueTask.AsTask().GetAwaiter().GetResult();
                break;
        }
    }
}
