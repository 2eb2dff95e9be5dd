#include "choice_order.h"

#include <algorithm>
#include <random>

#include "hash.h"

namespace senales {

void order_choices(const Scene& scene, std::size_t decision, const ChoiceOrder& order, std::vector<int>& offered) {
    auto pinned = [&](int index) { return scene.choices[static_cast<std::size_t>(index)].pinned_last; };
    // Pinned choices go to the end, keeping their written order.
    const auto free_end = std::stable_partition(offered.begin(), offered.end(), [&](int c) { return !pinned(c); });
    if (order.as_written) return;
    const std::size_t free = static_cast<std::size_t>(free_end - offered.begin());
    // The scene's id, not its index, so that adding a scene elsewhere in the file leaves this
    // decision's order as it was.
    RandomStream random(fnv1a(scene.id, mix64(order.seed)) ^ mix64(decision + 1));
    for (std::size_t i = free; i > 1; --i) std::swap(offered[i - 1], offered[random.below(i)]);  // Fisher-Yates
}

std::uint32_t draw_seed() {
    std::random_device device;
    return static_cast<std::uint32_t>(device());
}

}  // namespace senales
