/**
 * Deterministic synthetic partner feeds for tests and the benchmark: N
 * organisations spread over real communes of the Ouest (names, INSEE codes,
 * EPCI SIREN codes and approximate centres taken from data/communes-ouest.geojson),
 * with French names and descriptions full of accents, themes, kinds and
 * Marque Mayenne labels. The same (count, seed) always gives the same feed.
 * Not product code: used by tests/browser, the benchmark and docs/search-comparison.md.
 */
import { mulberry32 } from '../../../src/cli/random.js';

/** A commune: INSEE code, name, EPCI SIREN, EPCI name, lon, lat. */
export type SyntheticCommune = readonly [string, string, string, string, number, number];

/** 180 real communes (60 in Mayenne, 24 in each of 35, 44, 49, 56, 72), largest first. */
export const SYNTHETIC_COMMUNES: readonly SyntheticCommune[] = [
  ['44109', 'Nantes', '244400404', 'Nantes Métropole', -1.5456, 47.2371],
  ['35238', 'Rennes', '243500139', 'Rennes Métropole', -1.6844, 48.1112],
  ['49007', 'Angers', '244900015', 'CU Angers Loire Métropole', -0.5615, 47.4766],
  ['72181', 'Le Mans', '247200132', 'CU Le Mans Métropole', 0.1981, 47.9912],
  ['44184', 'Saint-Nazaire', '244400644', "CA de la Région Nazairienne et de l'Estuaire (CARENE)", -2.2549, 47.2768],
  ['56121', 'Lorient', '200042174', 'CA Lorient Agglomération', -3.3785, 47.751],
  ['56260', 'Vannes', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.7525, 47.6569],
  ['49099', 'Cholet', '200071678', 'CA Cholet Agglomération', -0.8803, 47.0385],
  ['44162', 'Saint-Herblain', '244400404', 'Nantes Métropole', -1.6388, 47.2227],
  ['53130', 'Laval', '200083392', 'CA Laval Agglomération', -0.7671, 48.0644],
  ['35288', 'Saint-Malo', '243500782', 'CA du Pays de Saint Malo Agglomération', -1.9879, 48.6422],
  ['44143', 'Rezé', '244400404', 'Nantes Métropole', -1.5522, 47.1755],
  ['44190', 'Saint-Sébastien-sur-Loire', '244400404', 'Nantes Métropole', -1.4997, 47.2056],
  ['44114', 'Orvault', '244400404', 'Nantes Métropole', -1.6281, 47.2766],
  ['49328', 'Saumur', '200071876', 'CA Saumur Val de Loire', -0.0772, 47.2602],
  ['44215', 'Vertou', '244400404', 'Nantes Métropole', -1.4708, 47.151],
  ['49301', 'Sèvremoine', '200060010', 'CA Mauges Communauté', -1.0922, 47.0937],
  ['44047', 'Couëron', '244400404', 'Nantes Métropole', -1.7381, 47.2324],
  ['49023', 'Beaupréau-en-Mauges', '200060010', 'CA Mauges Communauté', -0.9717, 47.199],
  ['56098', 'Lanester', '200042174', 'CA Lorient Agglomération', -3.3222, 47.7712],
  ['49092', 'Chemillé-en-Anjou', '200060010', 'CA Mauges Communauté', -0.7219, 47.2298],
  ['44026', 'Carquefou', '244400404', 'Nantes Métropole', -1.4786, 47.3041],
  ['44035', 'La Chapelle-sur-Erdre', '244400404', 'Nantes Métropole', -1.56, 47.3027],
  ['44020', 'Bouguenais', '244400404', 'Nantes Métropole', -1.6122, 47.1712],
  ['35115', 'Fougères', '200072452', 'CA Fougères Agglomération', -1.1953, 48.3486],
  ['35047', 'Bruz', '243500139', 'Rennes Métropole', -1.7485, 48.0248],
  ['35360', 'Vitré', '200039022', 'CA Vitré Communauté', -1.1944, 48.1128],
  ['56162', 'Ploemeur', '200042174', 'CA Lorient Agglomération', -3.4449, 47.7293],
  ['35051', 'Cesson-Sévigné', '243500139', 'Rennes Métropole', -1.5924, 48.1212],
  ['44131', 'Pornic', '200067346', 'CA Pornic Agglo Pays de Retz', -2.061, 47.1248],
  ['49244', 'Mauges-sur-Loire', '200060010', 'CA Mauges Communauté', -0.9345, 47.3318],
  ['49331', 'Segré-en-Anjou Bleu', '244900809', 'CC Anjou Bleu Communauté', -0.8637, 47.7063],
  ['49126', "Orée d'Anjou", '200060010', 'CA Mauges Communauté', -1.2023, 47.3052],
  [
    '44055',
    'La Baule-Escoublac',
    '244400610',
    "CA de la Presqu'île de Guérande Atlantique (Cap Atlantique)",
    -2.3572,
    47.2925,
  ],
  ['44069', 'Guérande', '244400610', "CA de la Presqu'île de Guérande Atlantique (Cap Atlantique)", -2.4069, 47.3376],
  ['49307', 'Loire-Authion', '244900015', 'CU Angers Loire Métropole', -0.3692, 47.4705],
  ['53062', 'Château-Gontier-sur-Mayenne', '245300447', 'CC du Pays de Château-Gontier', -0.7013, 47.8258],
  ['44172', 'Sainte-Luce-sur-Loire', '244400404', 'Nantes Métropole', -1.4739, 47.2531],
  ['49353', 'Trélazé', '244900015', 'CU Angers Loire Métropole', -0.4746, 47.4526],
  ['56083', 'Hennebont', '200042174', 'CA Lorient Agglomération', -3.2735, 47.8066],
  ['49218', 'Montrevault-sur-Èvre', '200060010', 'CA Mauges Communauté', -1.0261, 47.2543],
  ['49015', 'Avrillé', '244900015', 'CU Angers Loire Métropole', -0.6044, 47.5069],
  ['72154', 'La Flèche', '247200348', 'CC du Pays Fléchois', -0.0802, 47.6959],
  ['56178', 'Pontivy', '245614433', 'CC Pontivy Communauté', -2.9714, 48.0717],
  ['44154', 'Saint-Brevin-les-Pins', '244400586', 'CC du Sud Estuaire', -2.1468, 47.2345],
  ['56007', 'Auray', '200043123', 'CC Auray Quiberon Terre Atlantique', -2.9888, 47.6654],
  ['35281', 'Saint-Jacques-de-la-Lande', '243500139', 'Rennes Métropole', -1.7247, 48.0753],
  ['49246', 'Les Ponts-de-Cé', '244900015', 'CU Angers Loire Métropole', -0.5108, 47.4258],
  ['35024', 'Betton', '243500139', 'Rennes Métropole', -1.6464, 48.1814],
  ['53147', 'Mayenne', '200055887', 'CC Mayenne Communauté', -0.6131, 48.3072],
  ['44132', 'Pornichet', '244400644', "CA de la Région Nazairienne et de l'Estuaire (CARENE)", -2.3123, 47.2622],
  ['56206', 'Saint-Avé', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.7422, 47.6974],
  ['56078', 'Guidel', '200042174', 'CA Lorient Agglomération', -3.4927, 47.7994],
  ['72264', 'Sablé-sur-Sarthe', '247200090', 'CC du Pays Sabolien', -0.3557, 47.8412],
  ['44036', 'Châteaubriant', '200072726', 'CC Châteaubriant-Derval', -1.3885, 47.7198],
  ['49018', 'Baugé-en-Anjou', '244900882', 'CC Baugeois Vallée', -0.1079, 47.5649],
  ['35210', 'Pacé', '243500139', 'Rennes Métropole', -1.7791, 48.1532],
  ['44003', 'Ancenis-Saint-Géréon', '244400552', "CC du Pays d'Ancenis", -1.1811, 47.3773],
  ['44129', 'Pontchâteau', '200000438', 'CC du Pays de Pontchâteau St-Gildas-des-Bois', -2.0943, 47.4332],
  ['49125', 'Doué-en-Anjou', '200071876', 'CA Saumur Val de Loire', -0.311, 47.2005],
  ['44204', 'Thouaré-sur-Loire', '244400404', 'Nantes Métropole', -1.4337, 47.2754],
  ['49050', 'Brissac Loire Aubance', '200071553', 'CC Loire Layon Aubance', -0.4093, 47.3484],
  ['35069', 'Châteaugiron', '243500659', 'CC Pays de Châteaugiron Communauté', -1.4764, 48.048],
  ['35093', 'Dinard', '243500725', "CC Côte d'Emeraude", -2.0587, 48.6254],
  ['72003', 'Allonnes', '247200132', 'CU Le Mans Métropole', 0.1375, 47.958],
  ['35055', 'Chantepie', '243500139', 'Rennes Métropole', -1.6075, 48.0819],
  ['44209', 'Treillières', '244400503', "CC d'Erdre et Gesvres", -1.6161, 47.3086],
  ['44015', 'Blain', '244400453', 'CC du Pays de Blain', -1.7661, 47.4598],
  ['56165', 'Ploërmel', '200066777', 'CC Ploërmel Communauté', -2.3728, 47.9147],
  ['35278', 'Saint-Grégoire', '243500139', 'Rennes Métropole', -1.6801, 48.1585],
  ['35240', 'Le Rheu', '243500139', 'Rennes Métropole', -1.7853, 48.0979],
  ['49267', "Saint-Barthélemy-d'Anjou", '244900015', 'CU Angers Loire Métropole', -0.4809, 47.4737],
  ['44009', 'Basse-Goulaine', '244400404', 'Nantes Métropole', -1.4615, 47.2091],
  ['56243', 'Séné', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.7328, 47.6177],
  ['35236', 'Redon', '243500741', 'CA Redon Agglomération', -2.0836, 47.6561],
  ['35126', 'Guichen', '200043990', 'CC Vallons de Haute-Bretagne Communauté', -1.7915, 47.9592],
  ['35152', 'Liffré', '243500774', 'CC Liffré-Cormier Communauté', -1.4909, 48.2084],
  ['56240', 'Sarzeau', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.7723, 47.5335],
  ['56185', 'Quéven', '200042174', 'CA Lorient Agglomération', -3.4188, 47.785],
  ['35066', 'Chartres-de-Bretagne', '243500139', 'Rennes Métropole', -1.706, 48.0442],
  ['49248', "Ombrée d'Anjou", '244900809', 'CC Anjou Bleu Communauté', -1.1118, 47.7246],
  ['49080', "Les Hauts-d'Anjou", '200071868', 'CC des Vallées du Haut-Anjou', -0.5456, 47.7025],
  ['72132', 'La Ferté-Bernard', '247200686', "CC du Pays de l'Huisne Sarthoise", 0.6373, 48.1858],
  ['35334', 'Thorigné-Fouillard', '243500139', 'Rennes Métropole', -1.5846, 48.1519],
  ['35136', 'Janzé', '243500634', 'CC Roche aux Fées Communauté', -1.4941, 47.9481],
  ['56251', 'Theix-Noyalo', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.6529, 47.6326],
  ['49261', 'Gennes-Val-de-Loire', '200071876', 'CA Saumur Val de Loire', -0.242, 47.3307],
  ['56107', 'Larmor-Plage', '200042174', 'CA Lorient Agglomération', -3.3909, 47.7152],
  ['35206', 'Noyal-Châtillon-sur-Seiche', '243500139', 'Rennes Métropole', -1.6594, 48.0522],
  ['53097', 'Évron', '200033298', 'CC des Coëvrons', -0.429, 48.1386],
  ['35352', 'Vern-sur-Seiche', '243500139', 'Rennes Métropole', -1.6129, 48.049],
  ['56184', 'Questembert', '245614383', 'CC Questembert Communauté', -2.4349, 47.6589],
  ['72095', 'Coulaines', '247200132', 'CU Le Mans Métropole', 0.212, 48.0331],
  ['49323', 'Verrières-en-Anjou', '244900015', 'CU Angers Loire Métropole', -0.4745, 47.5157],
  ['56101', 'Languidic', '200042174', 'CA Lorient Agglomération', -3.1483, 47.8273],
  ['35196', 'Mordelles', '243500139', 'Rennes Métropole', -1.8414, 48.0838],
  ['49214', 'Montreuil-Juigné', '244900015', 'CU Angers Loire Métropole', -0.6156, 47.5381],
  ['49373', 'Lys-Haut-Layon', '200071678', 'CA Cholet Agglomération', -0.4752, 47.1382],
  ['56177', 'Pluvigner', '200043123', 'CC Auray Quiberon Terre Atlantique', -3.0154, 47.786],
  ['35012', 'Bain-de-Bretagne', '200070662', 'CC Bretagne Porte de Loire Communauté', -1.6713, 47.8385],
  ['53201', 'Saint-Berthevin', '200083392', 'CA Laval Agglomération', -0.8512, 48.0729],
  ['56036', 'Caudan', '200042174', 'CA Lorient Agglomération', -3.3359, 47.8125],
  ['56094', 'Kervignac', '245600440', 'CC Blavet Bellevue Océan', -3.2505, 47.7689],
  ['56023', 'Brech', '200043123', 'CC Auray Quiberon Terre Atlantique', -3.0243, 47.7111],
  ['72058', 'Changé', '247200421', 'CC du Sud Est Manceau', 0.3009, 47.9815],
  ['56164', 'Ploeren', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.8445, 47.6591],
  ['56090', 'Inzinzac-Lochrist', '200042174', 'CA Lorient Agglomération', -3.254, 47.86],
  ['56053', 'Elven', '200067932', 'CA Golfe du Morbihan - Vannes Agglomération', -2.5945, 47.7324],
  ['53054', 'Changé', '200083392', 'CA Laval Agglomération', -0.7963, 48.1089],
  ['53034', 'Bonchamp-lès-Laval', '200083392', 'CA Laval Agglomération', -0.6975, 48.0712],
  ['72071', 'Montval-sur-Loir', '200070373', 'CC Loir-Lucé-Bercé', 0.4231, 47.6922],
  ['53096', 'Ernée', '245300355', "CC de l'Ernée", -0.9399, 48.2981],
  ['72008', 'Arnage', '247200132', 'CU Le Mans Métropole', 0.1907, 47.929],
  ['72231', "Parigné-l'Évêque", '247200421', 'CC du Sud Est Manceau', 0.3746, 47.9327],
  ['72213', 'Mulsanne', '247200132', 'CU Le Mans Métropole', 0.2414, 47.9199],
  ['72180', 'Mamers', '200072676', 'CC Maine Saosnois', 0.3708, 48.3561],
  ['72124', 'Écommoy', '247200447', 'CC Orée de Bercé - Belinois', 0.2838, 47.8235],
  ['72346', 'La Suze-sur-Sarthe', '247200629', 'CC du Val de Sarthe', 0.0248, 47.8758],
  ['53119', "L'Huisserie", '200083392', 'CA Laval Agglomération', -0.7674, 48.0137],
  ['53084', 'Craon', '200048551', 'CC du Pays de Craon', -0.9378, 47.8455],
  ['53140', 'Louverné', '200083392', 'CA Laval Agglomération', -0.7115, 48.1233],
  ['72155', 'Laigné-Saint-Gervais', '247200447', 'CC Orée de Bercé - Belinois', 0.2225, 47.8664],
  ['72386', "Yvré-l'Évêque", '247200132', 'CU Le Mans Métropole', 0.2844, 48.0279],
  ['72329', "Savigné-l'Évêque", '200072684', 'CC Le Gesnois Bilurien', 0.2864, 48.0845],
  ['72176', 'Le Lude', '200073112', 'CC Sud Sarthe', 0.1427, 47.6413],
  ['72328', 'Sargé-lès-le-Mans', '247200132', 'CU Le Mans Métropole', 0.247, 48.0409],
  ['72024', 'La Bazoge', '200068963', 'CC Maine Coeur de Sarthe', 0.1478, 48.103],
  ['72039', 'Bonnétable', '200072676', 'CC Maine Saosnois', 0.449, 48.1874],
  ['72200', 'Moncé-en-Belin', '247200447', 'CC Orée de Bercé - Belinois', 0.1951, 47.8987],
  ['72054', 'Champagné', '247200132', 'CU Le Mans Métropole', 0.3335, 48.0152],
  ['72260', 'Ruaudin', '247200132', 'CU Le Mans Métropole', 0.2724, 47.9421],
  ['53161', 'Montsûrs', '200033298', 'CC des Coëvrons', -0.5579, 48.1541],
  ['53077', 'Cossé-le-Vivien', '200048551', 'CC du Pays de Craon', -0.9324, 47.9429],
  ['53007', 'Argentré', '200083392', 'CA Laval Agglomération', -0.6265, 48.0893],
  ['53152', 'Meslay-du-Maine', '245300223', 'CC du Pays de Meslay-Grez', -0.5578, 47.9455],
  ['53137', 'Loiron-Ruillé', '200083392', 'CA Laval Agglomération', -0.9327, 48.0642],
  ['53271', 'Villaines-la-Juhel', '200042182', 'CC du Mont des Avaloirs', -0.2957, 48.3389],
  ['53003', 'Ambrières-les-Vallées', '245300389', 'CC du Bocage Mayennais', -0.6257, 48.42],
  ['53188', 'Renazé', '200048551', 'CC du Pays de Craon', -1.0334, 47.7826],
  ['53107', 'Gorron', '245300389', 'CC du Bocage Mayennais', -0.7983, 48.4238],
  ['53005', 'Andouillé', '245300355', "CC de l'Ernée", -0.7937, 48.1778],
  ['53247', 'Saint-Pierre-la-Cour', '200083392', 'CA Laval Agglomération', -1.0263, 48.1112],
  ['53094', 'Entrammes', '200083392', 'CA Laval Agglomération', -0.7132, 47.9911],
  ['53185', 'Pré-en-Pail-Saint-Samson', '200042182', 'CC du Mont des Avaloirs', -0.1974, 48.4531],
  ['53127', 'Lassay-les-Châteaux', '200055887', 'CC Mayenne Communauté', -0.5004, 48.4455],
  ['53103', 'Le Genest-Saint-Isle', '200083392', 'CA Laval Agglomération', -0.8982, 48.0987],
  ['53186', 'Quelaines-Saint-Gault', '200048551', 'CC du Pays de Craon', -0.8055, 47.9252],
  ['53015', 'La Baconnière', '245300355', "CC de l'Ernée", -0.8991, 48.1746],
  ['53146', 'Martigné-sur-Mayenne', '200055887', 'CC Mayenne Communauté', -0.6625, 48.2015],
  ['53001', 'Ahuillé', '200083392', 'CA Laval Agglomération', -0.8737, 48.0199],
  ['53008', 'Aron', '200055887', 'CC Mayenne Communauté', -0.5517, 48.3016],
  ['53182', 'Port-Brillet', '200083392', 'CA Laval Agglomération', -0.9672, 48.1194],
  ['53243', 'Saint-Ouën-des-Toits', '200083392', 'CA Laval Agglomération', -0.8934, 48.1434],
  ['53039', 'Le Bourgneuf-la-Forêt', '200083392', 'CA Laval Agglomération', -0.9738, 48.1641],
  ['53246', 'Saint-Pierre-des-Nids', '200042182', 'CC du Mont des Avaloirs', -0.1097, 48.3998],
  ['53229', 'Saint-Jean-sur-Mayenne', '200083392', 'CA Laval Agglomération', -0.751, 48.1433],
  ['53210', "Saint-Denis-d'Anjou", '245300447', 'CC du Pays de Château-Gontier', -0.4463, 47.7908],
  ['53211', 'Saint-Denis-de-Gastines', '245300355', "CC de l'Ernée", -0.8722, 48.3454],
  ['53124', "Prée-d'Anjou", '245300447', 'CC du Pays de Château-Gontier', -0.8279, 47.8264],
  ['53175', 'Parné-sur-Roc', '200083392', 'CA Laval Agglomération', -0.6689, 48.0099],
  ['53219', 'Saint-Georges-Buttavent', '200055887', 'CC Mayenne Communauté', -0.7098, 48.3014],
  ['53157', 'Montigné-le-Brillant', '200083392', 'CA Laval Agglomération', -0.8168, 48.0127],
  ['53104', 'Gennes-Longuefuye', '245300447', 'CC du Pays de Château-Gontier', -0.5837, 47.8544],
  ['53066', 'Chemazé', '245300447', 'CC du Pays de Château-Gontier', -0.7625, 47.774],
  ['53123', 'Juvigné', '245300355', "CC de l'Ernée", -1.0289, 48.2415],
  ['53121', 'Javron-les-Chapelles', '200042182', 'CC du Mont des Avaloirs', -0.3284, 48.423],
  ['53155', 'Montenay', '245300355', "CC de l'Ernée", -0.8942, 48.2804],
  ['53072', 'Commer', '200055887', 'CC Mayenne Communauté', -0.6235, 48.2356],
  ['53029', 'Bierné-les-Villages', '245300447', 'CC du Pays de Château-Gontier', -0.5597, 47.7906],
  ['53018', 'Ballots', '200048551', 'CC du Pays de Craon', -1.0637, 47.9054],
  ['53168', 'Nuillé-sur-Vicoin', '200083392', 'CA Laval Agglomération', -0.7792, 47.9819],
  ['53136', 'La Roche-Neuville', '245300447', 'CC du Pays de Château-Gontier', -0.7315, 47.8756],
  ['53016', 'Bais', '200033298', 'CC des Coëvrons', -0.357, 48.2497],
  ['53100', 'Fougerolles-du-Plessis', '245300389', 'CC du Bocage Mayennais', -0.9446, 48.4816],
  ['53141', 'Louvigné', '200083392', 'CA Laval Agglomération', -0.6345, 48.0545],
  ['53200', 'Saint-Baudelle', '200055887', 'CC Mayenne Communauté', -0.6518, 48.2869],
  ['53048', 'Chailland', '245300355', "CC de l'Ernée", -0.8658, 48.2321],
  ['53267', 'Vaiges', '200033298', 'CC des Coëvrons', -0.4741, 48.0483],
  ['53255', 'Sainte-Suzanne-et-Chammes', '200033298', 'CC des Coëvrons', -0.373, 48.0893],
  ['53224', 'Saint-Germain-le-Fouilloux', '200083392', 'CA Laval Agglomération', -0.8132, 48.1404],
];

const DEPARTEMENTS: Record<string, string> = {
  '35': 'Ille-et-Vilaine',
  '44': 'Loire-Atlantique',
  '49': 'Maine-et-Loire',
  '53': 'Mayenne',
  '56': 'Morbihan',
  '72': 'Sarthe',
};

/** Theme id, French label, English label, words that go into names and descriptions. */
const THEMES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['mobilite', 'Mobilité', 'Mobility', ['mobilité durable', 'covoiturage', 'vélo partagé', 'transport à la demande']],
  ['numerique', 'Numérique', 'Digital', ['numérique', 'fibre optique', 'tiers-lieu numérique', 'médiation numérique']],
  ['sante', 'Santé', 'Health', ['santé', 'maison de santé', 'prévention', 'télémédecine']],
  ['tourisme', 'Tourisme', 'Tourism', ['tourisme', 'randonnée', 'patrimoine', 'gîtes et chambres d’hôtes']],
  ['agriculture', 'Agriculture', 'Farming', ['agriculture', 'circuits courts', 'élevage', 'maraîchage biologique']],
  ['culture', 'Culture', 'Culture', ['culture', 'spectacle vivant', 'lecture publique', 'musique']],
  ['energie', 'Énergie', 'Energy', ['énergie', 'méthanisation', 'photovoltaïque', 'rénovation énergétique']],
  ['economie', 'Économie', 'Economy', ['économie', 'artisanat', 'commerce de proximité', 'création d’entreprise']],
  ['environnement', 'Environnement', 'Environment', ['environnement', 'biodiversité', 'bocage', 'qualité de l’eau']],
  ['jeunesse', 'Jeunesse', 'Youth', ['jeunesse', 'insertion des jeunes', 'éducation populaire', 'loisirs']],
  ['habitat', 'Habitat', 'Housing', ['habitat', 'logement', 'revitalisation des centres-bourgs', 'urbanisme']],
  ['emploi', 'Emploi', 'Jobs', ['emploi', 'formation professionnelle', 'apprentissage', 'insertion']],
  [
    'alimentation',
    'Alimentation',
    'Food',
    ['alimentation', 'restauration collective', 'produits locaux', 'fromagerie'],
  ],
  ['sport', 'Sport', 'Sport', ['sport', 'équipements sportifs', 'piscine', 'sport santé']],
];

/** Kind id and how names of that kind start. */
const KINDS: readonly (readonly [string, readonly string[]])[] = [
  ['association', ['Association', 'Collectif', 'Fédération', 'Amicale', 'Comité']],
  ['entreprise', ['SARL', 'SAS', 'Coopérative', 'Atelier', 'Maison', 'Ferme']],
  ['collectivite', ['Commune de', 'Mairie de']],
  ['chambre-consulaire', ['Chambre d’agriculture', 'Chambre de métiers', 'CCI']],
  ['enseignement', ['Lycée', 'Collège', 'Campus', 'École']],
  ['etat', ['Direction départementale', 'Agence', 'Service']],
  ['syndicat-mixte', ['Syndicat mixte', 'Syndicat intercommunal']],
];

const SURNAMES = [
  'Martin',
  'Bernard',
  'Lebreton',
  'Gérard',
  'Ménard',
  'Lefèvre',
  'Hervé',
  'Chauvière',
  'Lécuyer',
  'Brière',
  'Guérin',
  'Rivière',
  'Plessis',
  'Thébault',
  'Joubert',
  'Aubré',
];
const QUALIFIERS = [
  'du bocage',
  'des deux rives',
  'en transition',
  'solidaire',
  'des territoires',
  'de l’Ouest',
  'pour tous',
  'et partage',
  'des Coëvrons',
  'du Maine',
  'des Alpes mancelles',
  'de la vallée',
];
const SENTENCES = [
  (w: string, c: string) => `Nous accompagnons les habitants ${ofPlace(c)} et des environs : ${w}.`,
  (w: string, c: string) => `Projet « ${w} » porté depuis ${c}, en lien avec les communes voisines.`,
  (w: string, c: string) => `Ateliers, permanences et rencontres autour du thème « ${w} » à ${c}.`,
  (w: string) => `Coopération avec d’autres territoires ruraux (${w}) : échanges d’expériences, visites, formations.`,
  (w: string) => `Un réseau de bénévoles et de professionnels engagés au quotidien : ${w}.`,
  (w: string, c: string) => `Lauréat d’un appel à projets régional (${w}), l’équipe ${ofPlace(c)} partage ses outils.`,
];

/** The seeded generator the synthetic feeds use (mulberry32). */
export const seededRandom = mulberry32;

export interface SyntheticOptions {
  /** Number of organisations. */
  count: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Communes to spread them over (default {@link SYNTHETIC_COMMUNES}). */
  communes?: readonly SyntheticCommune[];
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "de Laval", "d’Évron", "du Mans" (for "Le Mans"), "des Sables" — French elision and contraction. */
export function ofPlace(name: string): string {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  if (/^La /.test(name)) return `de ${name}`;
  if (/^L['’]/.test(name)) return `de ${name}`;
  return /^[AEIOUYÉÈÊÂÎÔH]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** A feed (as a publisher writes it) with `count` synthetic organisations and the territories they sit in. */
export function syntheticPartnerFeed(
  options: SyntheticOptions,
): Record<string, unknown> & { organisations: { id: string; name: string }[] } {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const communes = options.communes ?? SYNTHETIC_COMMUNES;

  const epcis = new Map<
    string,
    { name: string; dep: string; lon: number; lat: number; n: number; members: string[] }
  >();
  const deps = new Set<string>();
  for (const [insee, , siren, epciName, lon, lat] of communes) {
    const dep = insee.slice(0, 2);
    deps.add(dep);
    const e = epcis.get(siren) ?? { name: epciName, dep, lon: 0, lat: 0, n: 0, members: [] };
    e.lon += lon;
    e.lat += lat;
    e.n += 1;
    e.members.push(`commune-${insee}`);
    epcis.set(siren, e);
  }
  const territories: Record<string, unknown>[] = [
    ...[...deps].map((dep) => ({
      id: `dep-${dep}`,
      kind: 'departement',
      name: DEPARTEMENTS[dep] ?? `Département ${dep}`,
      codes: { insee: dep },
    })),
    ...[...epcis].map(([siren, e]) => ({
      id: `epci-${siren}`,
      kind: 'epci',
      name: e.name,
      codes: { siren },
      parents: [`dep-${e.dep}`],
      members: e.members,
      centroid: { lon: +(e.lon / e.n).toFixed(4), lat: +(e.lat / e.n).toFixed(4) },
    })),
    ...communes.map(([insee, name, siren, , lon, lat]) => ({
      id: `commune-${insee}`,
      kind: 'commune',
      name,
      codes: { insee },
      parents: [`epci-${siren}`],
      centroid: { lon, lat },
    })),
  ];

  const organisations = [];
  for (let i = 0; i < options.count; i++) {
    const [insee, commune, , , lon, lat] = pick(communes);
    const [kind, prefixes] = pick(KINDS);
    const theme = pick(THEMES);
    const second = random() < 0.4 ? pick(THEMES) : undefined;
    const word = pick(theme[3]);
    const prefix = pick(prefixes);
    const name =
      kind === 'collectivite'
        ? `${prefix} ${commune}`
        : kind === 'entreprise'
          ? `${prefix} ${pick(SURNAMES)} ${random() < 0.5 ? word : pick(QUALIFIERS)}`
          : `${prefix} ${word} ${random() < 0.6 ? ofPlace(commune) : pick(QUALIFIERS)}`;
    const description = [pick(SENTENCES)(word, commune), pick(SENTENCES)(pick((second ?? theme)[3]), commune)].join(
      ' ',
    );
    const id = `org-${i}-${slug(name).slice(0, 40)}`;
    const labelled = insee.startsWith('53') && random() < 0.35;
    organisations.push({
      id,
      name,
      kind,
      territories: [`commune-${insee}`],
      themes: second && second !== theme ? [theme[0], second[0]] : [theme[0]],
      description,
      website: `https://example.org/partenaires/${id}`,
      contact: { email: `contact+${i}@example.org` },
      address: { city: commune, commune: insee },
      location: { lon: +(lon + (random() - 0.5) * 0.04).toFixed(5), lat: +(lat + (random() - 0.5) * 0.03).toFixed(5) },
      ...(labelled
        ? {
            labels: [
              random() < 0.8
                ? { brand: 'marque-mayenne', since: '2019-03-01' }
                : { brand: 'marque-mayenne', since: '2018-06-01', until: '2020-06-01' },
            ],
          }
        : {}),
    });
  }

  return {
    version: '1.0',
    network: { id: 'synthetique', name: 'Réseau synthétique' },
    themes: THEMES.map(([id, fr, en]) => ({ id, label: { fr, en } })),
    brands: [
      { id: 'marque-mayenne', name: 'Marque Mayenne', territory: 'dep-53', partnerLabel: 'Partenaire Marque Mayenne' },
    ],
    territories,
    organisations,
  };
}
