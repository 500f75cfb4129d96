"""Logistic regression loss with dict aux metrics via value_and_grad(has_aux=True)."""
import jax
import jax.numpy as jnp


def grad_and_metrics(params, x, labels):
    def loss_fn(p):
        logits = x @ p["w"] + p["b"]
        loss = jnp.mean(jax.nn.softplus(logits) - labels * logits)
        correct = (logits > 0) == (labels == 1)
        accuracy = jnp.mean(correct.astype(jnp.float32))
        return loss, {"loss": loss, "accuracy": accuracy, "n_pos": jnp.sum(logits > 0)}

    (value, aux), grads = jax.value_and_grad(loss_fn, has_aux=True)(params)
    metrics = {"loss": aux["loss"], "accuracy": aux["accuracy"]}
    return grads, metrics, value, aux["n_pos"]


params = {"w": jnp.array([0.5, -1.0, 0.25]), "b": jnp.array(0.1)}
x = jnp.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0], [2.0, 1.0, 0.0], [-1.0, -2.0, 1.0]])
labels = jnp.array([1.0, 0.0, 0.0, 1.0])

grads, metrics, value, n_pos = grad_and_metrics(params, x, labels)
print("grad keys:", list(grads.keys()))
print("grad w:", grads["w"])
print("grad b:", grads["b"])
print("metrics:", metrics)
print("value equals metrics loss:", bool(value == metrics["loss"]))
print("accuracy dtype:", metrics["accuracy"].dtype, "shape:", metrics["accuracy"].shape)
print("n_pos:", n_pos, n_pos.dtype)

# grad with has_aux returns (grads, aux) in the other order
g2, aux2 = jax.grad(lambda p: (jnp.sum(p["w"] ** 2) + p["b"], p["w"].sum()), has_aux=True)(params)
print("g2:", g2)
print("aux2:", aux2)
