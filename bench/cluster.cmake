# Event clustering evaluation over ECB+ (../shared/bench/ecbplus): B-cubed and pairwise F1 of
# ClusterEvents against the gold incidents, beside TF-IDF baselines. Run: build/bench/cluster_eval
if(TARGET corroborate_cluster AND TARGET corroborate_dedupe)
  add_executable(cluster_eval ${CMAKE_CURRENT_SOURCE_DIR}/cluster_eval.cc)
  target_link_libraries(cluster_eval PRIVATE corroborate_cluster corroborate_dedupe PkgConfig::ZLIB ${STEMMER_LIBRARY})
  target_include_directories(cluster_eval PRIVATE ${STEMMER_INCLUDE_DIR})
  target_compile_definitions(cluster_eval PRIVATE CORROBORATE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()

# Speed of MarkDuplicates, ClusterEvents, Reconcile and Summarize on 100,000 synthetic articles.
# Run: build/bench/cluster_speed [N]
if(TARGET corroborate_cluster AND TARGET corroborate_dedupe AND TARGET corroborate_reconcile AND TARGET corroborate_summarize)
  add_executable(cluster_speed ${CMAKE_CURRENT_SOURCE_DIR}/cluster_speed.cc)
  target_link_libraries(cluster_speed PRIVATE corroborate_summarize corroborate_reconcile corroborate_cluster corroborate_dedupe)
endif()
